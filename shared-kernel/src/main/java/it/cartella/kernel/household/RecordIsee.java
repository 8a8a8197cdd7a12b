package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.privacy.PersonalData;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/** Records a newer ISEE of the household: ISEE attestations are renewed every year. */
public record RecordIsee(@TargetAggregate HouseholdId householdId, @PersonalData(ECONOMIC) Isee isee) {

    public RecordIsee {
        Require.present(householdId, "householdId");
        Require.present(isee, "isee");
    }
}
