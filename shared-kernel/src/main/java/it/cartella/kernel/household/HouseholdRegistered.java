package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;
import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * A household was registered. The reference person is the data subject: the household's personal data is theirs
 * to erase. Members and ISEE are not checked: after erasure they read back empty.
 */
public record HouseholdRegistered(
        HouseholdId householdId,
        @DataSubject PersonId referencePerson,
        @PersonalData(SOCIAL) List<HouseholdMember> members,
        CompositionType compositionType,
        @PersonalData(ECONOMIC) Isee isee) {

    public HouseholdRegistered {
        Require.present(householdId, "householdId");
        Require.present(referencePerson, "referencePerson");
        Require.present(compositionType, "compositionType");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
