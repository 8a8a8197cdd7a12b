package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** A member joined; {@code compositionType} is the household's composition from now on. */
public record HouseholdMemberAdded(
        HouseholdId householdId,
        @DataSubject PersonId referencePerson,
        @PersonalData(SOCIAL) HouseholdMember member,
        CompositionType compositionType) {

    public HouseholdMemberAdded {
        Require.present(householdId, "householdId");
        Require.present(referencePerson, "referencePerson");
        Require.present(compositionType, "compositionType");
    }
}
