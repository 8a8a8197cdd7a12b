package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.privacy.PersonalData;

import java.util.HashSet;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;
import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Registers a household (<i>nucleo</i>): its members, exactly one of them the reference person, its composition
 * and optionally its ISEE. Members are registered persons, named by id.
 *
 * @param isee optional
 */
public record RegisterHousehold(
        HouseholdId householdId,
        @PersonalData(SOCIAL) List<HouseholdMember> members,
        CompositionType compositionType,
        @PersonalData(ECONOMIC) Isee isee) {

    public RegisterHousehold {
        Require.present(householdId, "householdId");
        Require.present(members, "members");
        Require.present(compositionType, "compositionType");
        members = List.copyOf(members);
        if (members.stream().filter(m -> m.relationship() == Relationship.REFERENCE_PERSON).count() != 1) {
            throw DomainException.invalid("members", "HOUSEHOLD_REFERENCE_PERSON_REQUIRED",
                    "Il nucleo ha una e una sola persona di riferimento (intestatario).",
                    "A household has exactly one reference person.");
        }
        if (new HashSet<>(members.stream().map(HouseholdMember::person).toList()).size() != members.size()) {
            throw DomainException.invalid("members", "MEMBER_LISTED_TWICE",
                    "Una persona compare due volte nel nucleo.", "A person is listed twice in the household.");
        }
    }

    /** The member whose key protects the household's personal data. */
    public HouseholdMember referencePerson() {
        return members.stream().filter(m -> m.relationship() == Relationship.REFERENCE_PERSON).findFirst()
                .orElseThrow();
    }
}
