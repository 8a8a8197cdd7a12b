package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/**
 * The case moved to another owner or Comune. Both sides are stated, so each organisation's read model and the
 * per-Comune indicators can count it out of one and into the other without replaying earlier events.
 *
 * @param newCaseManager null when the receiving organisation has still to assign one
 */
public record CaseTransferred(
        CaseId caseId,
        OrganisationId fromOrganisation,
        OrganisationId toOrganisation,
        IstatCode fromResidenceComune,
        IstatCode toResidenceComune,
        UserId newCaseManager,
        LocalDate transferredOn) {

    public CaseTransferred {
        Require.present(caseId, "caseId");
        Require.present(fromOrganisation, "fromOrganisation");
        Require.present(toOrganisation, "toOrganisation");
        Require.present(fromResidenceComune, "fromResidenceComune");
        Require.present(toResidenceComune, "toResidenceComune");
        Require.present(transferredOn, "transferredOn");
    }
}
