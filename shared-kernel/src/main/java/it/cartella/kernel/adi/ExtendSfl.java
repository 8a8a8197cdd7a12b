package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.SflBenefitId;

/**
 * Extends the SFL by 12 months, once: allowed only to a beneficiary attending a training course, with the patto di
 * servizio updated (DL 48/2023 as amended by L. 207/2024).
 *
 * @param inTraining the beneficiary attends a training course; the extension is refused otherwise
 */
public record ExtendSfl(@TargetAggregate SflBenefitId sflBenefitId, boolean inTraining) {

    public ExtendSfl {
        Require.present(sflBenefitId, "sflBenefitId");
        if (!inTraining) {
            throw DomainException.invalid("inTraining", "SFL_EXTENSION_NEEDS_TRAINING",
                    "Il SFL si proroga solo a chi frequenta un percorso formativo.",
                    "The SFL is extended only for a beneficiary in training.");
        }
    }
}
