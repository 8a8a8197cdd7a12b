package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/**
 * The person resides in {@code residenceComune} from {@code effectiveFrom}. Comuni are pseudonymous facts kept
 * for the per-Comune statistics.
 *
 * @param previousComune null when the person had no registered residence
 */
public record ResidenceChanged(PersonId personId, IstatCode previousComune, IstatCode residenceComune,
                               LocalDate effectiveFrom) {

    public ResidenceChanged {
        Require.present(personId, "personId");
        Require.present(residenceComune, "residenceComune");
        Require.present(effectiveFrom, "effectiveFrom");
    }
}
