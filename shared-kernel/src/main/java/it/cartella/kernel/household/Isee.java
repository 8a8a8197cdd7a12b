package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The household's ISEE (means-test indicator), in euro, with the date of its attestation: an ISEE is valid for
 * the year it was issued in, so the date says whether it is current.
 */
public record Isee(BigDecimal value, LocalDate issuedOn) {

    public Isee {
        value = Require.amount(Require.present(value, "isee.value"), "isee.value");
        Require.past(issuedOn, "isee.issuedOn");
    }
}
