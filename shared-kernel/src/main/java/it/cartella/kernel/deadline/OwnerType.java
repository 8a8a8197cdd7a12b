package it.cartella.kernel.deadline;

import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.SflBenefitId;
import it.cartella.kernel.id.TirocinioId;

/** The kinds of aggregate a clock belongs to: the one that records the miss and applies its effect. */
public enum OwnerType {
    ADI_BENEFIT,
    SFL_BENEFIT,
    TIROCINIO,
    PROTECTED_DISCHARGE,
    PLAN;

    /** The command telling the owner {@code ownerId} of this kind that {@code deadline} was missed. */
    public Object missedCommand(String ownerId, LapsedDeadline deadline) {
        return switch (this) {
            case ADI_BENEFIT -> new RecordMissedAdiDeadline(AdiBenefitId.of(ownerId), deadline);
            case SFL_BENEFIT -> new RecordMissedSflDeadline(SflBenefitId.of(ownerId), deadline);
            case TIROCINIO -> new RecordMissedTirocinioDeadline(TirocinioId.of(ownerId), deadline);
            case PROTECTED_DISCHARGE -> new RecordMissedDischargeDeadline(DischargeId.of(ownerId), deadline);
            case PLAN -> new RecordMissedPlanDeadline(PaisId.of(ownerId), deadline);
        };
    }
}
