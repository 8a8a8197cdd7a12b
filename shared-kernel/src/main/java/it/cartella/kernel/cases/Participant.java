package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;

import java.util.List;

/**
 * A professional taking part in an assessment, a team or a meeting: role and organisation always, the user only
 * when the professional uses Cartella (a general practitioner at a UVM usually does not). Staff are not data
 * subjects of the case, so nothing here is the beneficiary's personal data.
 */
public record Participant(ProfessionalRole role, OrganisationId organisation, UserId user) {

    public Participant {
        Require.present(role, "role");
        Require.present(organisation, "organisation");
    }

    /** A required, non-empty, immutable list of participants; {@code field} names it in the request. */
    static List<Participant> requireSome(List<Participant> participants, String field) {
        Require.present(participants, field);
        if (participants.isEmpty()) {
            throw DomainException.invalid(field, "PARTICIPANTS_REQUIRED",
                    "Indicare almeno un partecipante.", "Give at least one participant.");
        }
        return List.copyOf(participants);
    }
}
