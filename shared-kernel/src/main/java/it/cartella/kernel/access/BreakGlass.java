package it.cartella.kernel.access;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.Duration;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Emergency access to a sealed case by someone outside its team, with an operational need written down. It lasts
 * {@code duration} (at most {@link #MAX_DURATION}) and the DPO is told.
 *
 * @param justification why, in the user's words: it may describe the person's situation, so it is personal data
 */
public record BreakGlass(@TargetAggregate SealId sealId, @DataSubject PersonId personId, UserId user,
                         OrganisationId organisation, @PersonalData(SOCIAL) String justification, Duration duration) {

    public static final Duration MAX_DURATION = Duration.ofHours(8);

    public BreakGlass {
        Require.present(sealId, "sealId");
        Require.present(personId, "personId");
        Require.present(user, "user");
        Require.present(organisation, "organisation");
        justification = Require.longText(justification, "justification");
        if (justification.length() < 20) {
            throw DomainException.invalid("justification", "JUSTIFICATION_TOO_SHORT",
                    "Motivare l'accesso di emergenza in almeno 20 caratteri.",
                    "Justify the emergency access in at least 20 characters.");
        }
        Require.present(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw DomainException.invalid("duration", "BREAK_GLASS_DURATION",
                    "L'accesso di emergenza dura da pochi minuti a 8 ore.",
                    "Emergency access lasts from a few minutes up to 8 hours.");
        }
    }
}
