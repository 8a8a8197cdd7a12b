package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Records that the household did not come to a convocation. Without a justified reason the benefit is lost
 * (DL 48/2023 art. 8), so a justified absence must say why.
 *
 * @param justification required when {@code justified}
 */
public record RecordMissedMeeting(
        @TargetAggregate AdiBenefitId adiBenefitId,
        LocalDate scheduledOn,
        boolean justified,
        @PersonalData(SOCIAL) String justification) {

    public RecordMissedMeeting {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.past(scheduledOn, "scheduledOn");
        justification = Require.optionalLongText(justification, "justification");
        if (justified && justification == null) {
            throw DomainException.invalid("justification", "JUSTIFICATION_REQUIRED",
                    "Un'assenza giustificata deve indicarne il motivo.", "A justified absence must state its reason.");
        }
    }
}
