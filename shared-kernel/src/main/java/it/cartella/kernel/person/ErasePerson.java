package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;

/**
 * Records that the DPO erased a person (GDPR art. 17, or the end of the retention period). The person's key is
 * destroyed first, so their personal data are already unreadable everywhere; the event tells every read model to
 * blank what it copied.
 *
 * @param reason why, as the DPO's register states it (a protocol number, the request's reference): never the
 *               person's data
 */
public record ErasePerson(@TargetAggregate PersonId personId, String reason, UserId erasedBy) {

    public ErasePerson {
        Require.present(personId, "personId");
        reason = Require.text(reason, "reason");
        Require.present(erasedBy, "erasedBy");
    }
}
