package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/** The household's ISEE is now this one. Not checked: after erasure it reads back empty. */
public record IseeRecorded(HouseholdId householdId, @DataSubject PersonId referencePerson,
                           @PersonalData(ECONOMIC) Isee isee) {

    public IseeRecorded {
        Require.present(householdId, "householdId");
        Require.present(referencePerson, "referencePerson");
    }
}
