package it.cartella.kernel.sharing;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.id.UserId;

/**
 * Ends a share grant now.
 *
 * @param actingOrganisation the organisation of the user revoking: only the granting organisation may revoke
 */
public record RevokeShare(@TargetAggregate ShareGrantId shareGrantId, OrganisationId actingOrganisation,
                          UserId revokedBy, RevocationReason reason) {

    public RevokeShare {
        Require.present(shareGrantId, "shareGrantId");
        Require.present(actingOrganisation, "actingOrganisation");
        Require.present(revokedBy, "revokedBy");
        Require.present(reason, "reason");
    }
}
