package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.TirocinioId;

import java.time.LocalDate;

/** Ends the traineeship with its outcome, possibly before the planned end (a trainee hired early). */
public record CompleteTirocinio(@TargetAggregate TirocinioId tirocinioId, LocalDate endedOn, TirocinioOutcome outcome) {

    public CompleteTirocinio {
        Require.present(tirocinioId, "tirocinioId");
        Require.past(endedOn, "endedOn");
        Require.present(outcome, "outcome");
    }
}
