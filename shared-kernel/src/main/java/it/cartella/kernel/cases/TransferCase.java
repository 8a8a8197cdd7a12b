package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/**
 * Hands the case over to another organisation, another Comune of residence (the person moved), or both. The case
 * keeps its history: the receiving services see what was done before.
 *
 * @param toOrganisation      the organisation now owning the case
 * @param toResidenceComune   the Comune of residence from now on
 * @param newCaseManager      the receiving organisation's case manager; null when the receiver assigns one later
 */
public record TransferCase(
        @TargetAggregate CaseId caseId,
        OrganisationId toOrganisation,
        IstatCode toResidenceComune,
        UserId newCaseManager,
        LocalDate transferredOn) {

    public TransferCase {
        Require.present(caseId, "caseId");
        Require.present(toOrganisation, "toOrganisation");
        Require.comune(Require.present(toResidenceComune, "toResidenceComune"), "toResidenceComune");
        Require.past(transferredOn, "transferredOn");
    }
}
