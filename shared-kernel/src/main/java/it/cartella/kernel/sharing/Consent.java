package it.cartella.kernel.sharing;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.UserId;

import java.time.Instant;

/**
 * A person's consent to share their data, as recorded by a worker.
 *
 * @param recordedBy the worker who collected it
 * @param givenAt    when the person gave it
 * @param purpose    what the person agreed to, in the words of the form they signed
 * @param evidence   where the signed form is kept (protocol number, document reference): a reference, not a copy
 */
public record Consent(UserId recordedBy, Instant givenAt, String purpose, String evidence) {

    public Consent {
        Require.present(recordedBy, "consent.recordedBy");
        Require.pastInstant(givenAt, "consent.givenAt");
        purpose = Require.text(purpose, "consent.purpose");
        evidence = Require.text(evidence, "consent.evidence");
    }
}
