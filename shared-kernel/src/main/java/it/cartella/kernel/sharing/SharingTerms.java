package it.cartella.kernel.sharing;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.privacy.PersonalDataCategory;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a share grant or a referral allows: for what, which categories of data, on which legal basis. Sealed data
 * (violence, trafficking, shelters) are never shared this way: only the seal's named members see them.
 *
 * @param legalReference the law, court order or agreement cited; required for every basis but CONSENT
 * @param consent        required when the basis is CONSENT
 */
public record SharingTerms(String purpose, Set<PersonalDataCategory> categories, LegalBasis legalBasis,
                           String legalReference, Consent consent) {

    public SharingTerms {
        purpose = Require.text(purpose, "purpose");
        Require.present(categories, "categories");
        if (categories.isEmpty()) {
            throw DomainException.invalid("categories", "NO_CATEGORY",
                    "Indicare almeno una categoria di dati.", "Name at least one category of data.");
        }
        if (categories.contains(PersonalDataCategory.SEALED_VIOLENCE)) {
            throw DomainException.invalid("categories", "SEALED_NOT_SHAREABLE",
                    "I dati riservati (violenza, tratta, strutture protette) non si condividono: restano al gruppo autorizzato.",
                    "Sealed data (violence, trafficking, shelters) are not shared: they stay with the sealed team.");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        Require.present(legalBasis, "legalBasis");
        legalReference = Require.optionalText(legalReference, "legalReference");
        if (legalBasis.needsReference() && legalReference == null) {
            throw DomainException.invalid("legalReference", "LEGAL_REFERENCE_REQUIRED",
                    "Indicare la norma, il provvedimento o l'accordo che consente la condivisione.",
                    "Cite the law, order or agreement that allows the sharing.");
        }
        if (legalBasis == LegalBasis.CONSENT && consent == null) {
            throw DomainException.invalid("consent", "CONSENT_REQUIRED",
                    "Con base giuridica consenso, registrare il consenso e la sua prova.",
                    "With consent as legal basis, record the consent and its evidence.");
        }
    }
}
