package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/**
 * Records a move to another Comune, effective from the date of the registry change. The Comune of residence
 * decides which services are competent, so a move usually leads to transferring the person's cases.
 */
public record ChangeResidence(@TargetAggregate PersonId personId, IstatCode residenceComune, LocalDate effectiveFrom) {

    public ChangeResidence {
        Require.present(personId, "personId");
        Require.comune(Require.present(residenceComune, "residenceComune"), "residenceComune");
        Require.past(effectiveFrom, "effectiveFrom");
    }
}
