package it.cartella.app.adi;

import it.cartella.kernel.adi.UpdateExemption;

import java.time.LocalDate;
import java.util.Set;

/** The bodies of the Assegno di Inclusione and SFL API; each is checked by the command it becomes. */
final class AdiRequests {

    private AdiRequests() {
    }

    /**
     * @param clockStartsOn optional: when the 120 days start if not at the PAD (early applications)
     * @param exemptions    optional: DISABLED, OVER_60, VIOLENCE_VICTIM
     */
    record Application(LocalDate padSignedOn, LocalDate clockStartsOn, Set<UpdateExemption> exemptions) {
    }

    record FirstMeeting(LocalDate heldOn) {
    }

    /** @param justification required when justified */
    record MissedMeeting(LocalDate scheduledOn, boolean justified, String justification) {
    }

    record PositionUpdate(LocalDate updatedOn) {
    }

    record Renewal(LocalDate padSignedOn) {
    }

    record SflStart(LocalDate startsOn) {
    }

    record SflConfirmation(LocalDate confirmedOn) {
    }

    /** @param inTraining the beneficiary attends a training course: the extension is refused otherwise */
    record SflExtension(boolean inTraining) {
    }

    /** The SFL a request concerned, and its case. */
    record SflRef(String sflBenefitId, String caseId) {
    }

    /** The benefit a request concerned, and its case. */
    record AdiRef(String adiBenefitId, String caseId) {
    }
}
