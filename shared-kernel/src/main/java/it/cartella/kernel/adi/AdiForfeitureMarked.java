package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;

import java.time.LocalDate;

/**
 * The household is marked for loss of the benefit (<i>decadenza</i>), to be reported to INPS, which decides it
 * (DL 48/2023 art. 8). Every clock of the benefit stops.
 *
 * @param cause the stable code of the reason, e.g. {@code NO_SHOW_WITHOUT_JUSTIFICATION}
 */
public record AdiForfeitureMarked(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        HouseholdId householdId,
        String cause,
        LocalDate markedOn) {

    public static final String NO_SHOW = "NO_SHOW_WITHOUT_JUSTIFICATION";

    public AdiForfeitureMarked {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(cause, "cause");
        Require.present(markedOn, "markedOn");
    }
}
