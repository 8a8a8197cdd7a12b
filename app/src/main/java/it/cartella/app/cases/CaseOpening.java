package it.cartella.app.cases;

import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandSender;
import it.cartella.command.person.CodiceFiscaleRegistry;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.PersonAlreadyRegisteredException;
import org.springframework.stereotype.Service;

import java.util.function.Consumer;

/**
 * Opens a case for a person, registering the person first unless their codice fiscale is already known: one person,
 * one record, however many services take them in charge.
 */
@Service
public class CaseOpening {

    private final CodiceFiscaleRegistry codiceFiscaleRegistry;
    private final AggregateFacts facts;

    CaseOpening(CodiceFiscaleRegistry codiceFiscaleRegistry, AggregateFacts facts) {
        this.codiceFiscaleRegistry = codiceFiscaleRegistry;
        this.facts = facts;
    }

    /** Validates the whole request first: a request with any mistake stores nothing. Blocking. For Cartella itself. */
    public CaseId open(OpenCaseRequest request, CommandSender sender) {
        return open(request, sender, openCase -> { });
    }

    /**
     * Validates the whole request, then lets {@code authorize} refuse the valid command by throwing; only then
     * registers the person and opens the case, so a refused request stores nothing either. Blocking.
     */
    public CaseId open(OpenCaseRequest request, CommandSender sender, Consumer<OpenCase> authorize) {
        CaseIntake intake = CaseIntake.from(request, CaseId.newId(), PersonId.newId());
        authorize.accept(intake.openCase());
        if (intake.openCase().householdId() != null) {
            facts.creation(intake.openCase().householdId().value(), HouseholdRegistered.class, "HOUSEHOLD_NOT_FOUND",
                    "Nucleo non trovato.", "Household not found.");
        }
        PersonId personId;
        if (intake.registerPerson() == null) {
            personId = intake.openCase().personId();
            facts.requirePerson(personId, "personId");
        } else {
            personId = codiceFiscaleRegistry.find(intake.codiceFiscale()).orElseGet(() -> register(intake, sender));
        }
        sender.send(intake.openCaseFor(personId));
        return intake.openCase().caseId();
    }

    private PersonId register(CaseIntake intake, CommandSender sender) {
        try {
            sender.send(intake.registerPerson());
            return intake.registerPerson().personId();
        } catch (PersonAlreadyRegisteredException registeredMeanwhile) {
            return registeredMeanwhile.existingPersonId();
        }
    }
}
