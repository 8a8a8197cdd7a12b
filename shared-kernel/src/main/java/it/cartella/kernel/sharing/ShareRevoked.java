package it.cartella.kernel.sharing;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.id.UserId;

/** A share grant ended before its expiry. */
public record ShareRevoked(ShareGrantId shareGrantId, CaseId caseId, UserId revokedBy, RevocationReason reason) {

    public ShareRevoked {
        Require.present(shareGrantId, "shareGrantId");
        Require.present(caseId, "caseId");
        Require.present(reason, "reason");
    }
}
