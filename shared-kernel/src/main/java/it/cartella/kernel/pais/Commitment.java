package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;

import java.time.LocalDate;

/**
 * A commitment (<i>impegno</i>) of one household member.
 *
 * @param obligation true when the member is bound to it as a condition of the benefit: breaking it can cost the
 *                   benefit (for the Assegno di Inclusione, reported to INPS)
 * @param dueBy      optional
 */
public record Commitment(PersonId member, String description, boolean obligation, LocalDate dueBy) {

    public Commitment {
        Require.present(member, "commitment.member");
        description = Require.text(description, "commitment.description");
    }
}
