package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** Stops the traineeship early, with the reason and an optional note. */
public record InterruptTirocinio(
        @TargetAggregate TirocinioId tirocinioId,
        LocalDate interruptedOn,
        InterruptionReason reason,
        @PersonalData(SOCIAL) String note) {

    public InterruptTirocinio {
        Require.present(tirocinioId, "tirocinioId");
        Require.past(interruptedOn, "interruptedOn");
        Require.present(reason, "reason");
        note = Require.optionalLongText(note, "note");
    }
}
