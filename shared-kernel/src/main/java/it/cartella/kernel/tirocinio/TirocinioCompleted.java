package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.LocalDate;

public record TirocinioCompleted(TirocinioId tirocinioId, @DataSubject PersonId trainee, LocalDate endedOn,
                                 TirocinioOutcome outcome) {

    public TirocinioCompleted {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(trainee, "trainee");
        Require.present(endedOn, "endedOn");
        Require.present(outcome, "outcome");
    }
}
