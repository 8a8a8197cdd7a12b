package it.cartella.kernel.cases;

import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/**
 * Takes a person or a household in charge (<i>presa in carico</i>).
 * <p>
 * A case always names a person: the beneficiary, or for a household case (an Assegno di Inclusione household, a
 * family followed as a whole) the household's reference person, the one who applied or was referred. The person is
 * whose key protects the case's personal data, and the case is found from the person's record either way.
 * {@code householdId} is set only when the case concerns the whole household.
 *
 * @param openedOn the day the case was taken in charge; null means today. It may lie in the past, to record a case
 *                 already followed on paper or in another system, never in the future.
 */
public record OpenCase(
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

    /** Digitalisation: a system objective of the plans, with no services for beneficiaries (services.md). */
    private static final String NO_CASES = "F";

    public OpenCase {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(owningOrganisation, "owningOrganisation");
        Require.comune(Require.present(residenceComune, "residenceComune"), "residenceComune");
        Require.present(macroArea, "macroArea");
        if (NO_CASES.equals(macroArea.code())) {
            throw DomainException.invalid("macroArea", "MACRO_AREA_WITHOUT_CASES",
                    "La macro-area F (digitalizzazione) non ha servizi per i beneficiari: scegliere l'area del bisogno.",
                    "Macro-area F (digitalisation) has no services for beneficiaries: choose the area of the need.");
        }
        Require.present(channel, "channel");
        Require.present(activationMode, "activationMode");
        Require.present(caseManager, "caseManager");
        if (openedOn != null) {
            Require.past(openedOn, "openedOn");
        }
    }

    /** A case for one person, opened today. */
    public OpenCase(CaseId caseId, PersonId personId, OrganisationId owningOrganisation, IstatCode residenceComune,
                    MacroArea macroArea, AccessChannel channel, ActivationMode activationMode, UserId caseManager) {
        this(caseId, personId, owningOrganisation, residenceComune, macroArea, channel, activationMode, caseManager,
                null, null);
    }
}
