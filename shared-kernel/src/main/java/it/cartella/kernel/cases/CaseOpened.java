package it.cartella.kernel.cases;

import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/**
 * A case was opened: the fields of {@link OpenCase} with the opening date always set. The case starts OPEN.
 * Nothing here is personal data by itself: the person is named by a pseudonymous id.
 */
public record CaseOpened(
        CaseId caseId,
        @DataSubject PersonId personId,
        OrganisationId owningOrganisation,
        IstatCode residenceComune,
        MacroArea macroArea,
        AccessChannel channel,
        ActivationMode activationMode,
        UserId caseManager,
        HouseholdId householdId,
        LocalDate openedOn) {

    public CaseOpened {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(owningOrganisation, "owningOrganisation");
        Require.present(residenceComune, "residenceComune");
        Require.present(macroArea, "macroArea");
        Require.present(channel, "channel");
        Require.present(activationMode, "activationMode");
        Require.present(caseManager, "caseManager");
        Require.present(openedOn, "openedOn");
    }
}
