package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** The traineeship was interrupted: its outcome is INTERRUPTED, for the reason given. */
public record TirocinioInterrupted(
        TirocinioId tirocinioId,
        @DataSubject PersonId trainee,
        LocalDate interruptedOn,
        InterruptionReason reason,
        @PersonalData(SOCIAL) String note) {

    public TirocinioInterrupted {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(trainee, "trainee");
        Require.present(interruptedOn, "interruptedOn");
        Require.present(reason, "reason");
    }
}
