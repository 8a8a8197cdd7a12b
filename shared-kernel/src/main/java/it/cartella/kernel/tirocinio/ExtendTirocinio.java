package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Moves the planned end later. Beyond 24 months from the start the service in charge must state why the
 * extension is necessary; within them the justification is optional.
 */
public record ExtendTirocinio(
        @TargetAggregate TirocinioId tirocinioId,
        LocalDate newPlannedEnd,
        @PersonalData(SOCIAL) String justification) {

    public ExtendTirocinio {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(newPlannedEnd, "newPlannedEnd");
        justification = Require.optionalLongText(justification, "justification");
    }
}
