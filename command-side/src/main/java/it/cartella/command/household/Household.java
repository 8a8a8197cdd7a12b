package it.cartella.command.household;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.household.AddHouseholdMember;
import it.cartella.kernel.household.CompositionType;
import it.cartella.kernel.household.HouseholdMember;
import it.cartella.kernel.household.HouseholdMemberAdded;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.household.IseeRecorded;
import it.cartella.kernel.household.RecordIsee;
import it.cartella.kernel.household.RegisterHousehold;
import it.cartella.kernel.household.Relationship;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;
import it.cartella.kernel.privacy.PersonalDataCategory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household (<i>nucleo</i>): its members with relationship and role, its composition, its ISEE.
 * <p>
 * Separate from the persons it groups: a person may belong to a household without a case, and a household case
 * (an Assegno di Inclusione household) refers to it by id. Its personal data is the reference person's to erase.
 * The ISEE is recorded here, not on a case, because it belongs to the household and serves all its cases.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Household {

    @AggregateIdentifier
    private HouseholdId householdId;
    @DataSubject
    private PersonId referencePerson;
    /** Annotated like in the events, so a snapshot of the household stores the membership encrypted. */
    @PersonalData(PersonalDataCategory.SOCIAL)
    private final Set<PersonId> members = new HashSet<>();
    private CompositionType compositionType;
    private LocalDate iseeIssuedOn;

    protected Household() {
        // Axon rebuilds the household from its events.
    }

    @CommandHandler
    public Household(RegisterHousehold command) {
        apply(new HouseholdRegistered(command.householdId(), command.referencePerson().person(), command.members(),
                command.compositionType(), command.isee()));
    }

    @CommandHandler
    void handle(AddHouseholdMember command) {
        HouseholdMember member = command.member();
        if (members.contains(member.person())) {
            throw DomainException.conflict("MEMBER_ALREADY_IN_HOUSEHOLD",
                    "La persona fa già parte del nucleo.", "The person already belongs to the household.");
        }
        if (member.relationship() == Relationship.REFERENCE_PERSON) {
            throw DomainException.conflict("HOUSEHOLD_HAS_REFERENCE_PERSON",
                    "Il nucleo ha già una persona di riferimento.", "The household already has a reference person.");
        }
        CompositionType composition = command.compositionType() != null ? command.compositionType() : compositionType;
        apply(new HouseholdMemberAdded(householdId, referencePerson, member, composition));
    }

    @CommandHandler
    void handle(RecordIsee command) {
        if (iseeIssuedOn != null && command.isee().issuedOn().isBefore(iseeIssuedOn)) {
            throw DomainException.invalid("isee.issuedOn", "ISEE_OLDER_THAN_CURRENT",
                    "Questo ISEE è più vecchio di quello già registrato.",
                    "This ISEE is older than the one already recorded.");
        }
        apply(new IseeRecorded(householdId, referencePerson, command.isee()));
    }

    @EventSourcingHandler
    void on(HouseholdRegistered event) {
        householdId = event.householdId();
        referencePerson = event.referencePerson();
        event.members().forEach(m -> members.add(m.person()));
        compositionType = event.compositionType();
        iseeIssuedOn = event.isee() != null ? event.isee().issuedOn() : null;
    }

    @EventSourcingHandler
    void on(HouseholdMemberAdded event) {
        if (event.member() != null) {
            members.add(event.member().person());
        }
        compositionType = event.compositionType();
    }

    @EventSourcingHandler
    void on(IseeRecorded event) {
        iseeIssuedOn = event.isee() != null ? event.isee().issuedOn() : iseeIssuedOn;
    }
}
