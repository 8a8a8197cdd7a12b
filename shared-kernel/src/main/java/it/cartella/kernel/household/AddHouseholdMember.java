package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.privacy.PersonalData;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Adds a member (a birth, someone moving in).
 *
 * @param compositionType the composition with the new member; null when it does not change
 */
public record AddHouseholdMember(
        @TargetAggregate HouseholdId householdId,
        @PersonalData(SOCIAL) HouseholdMember member,
        CompositionType compositionType) {

    public AddHouseholdMember {
        Require.present(householdId, "householdId");
        Require.present(member, "member");
    }
}
