package it.cartella.app.web.sharing;

import it.cartella.app.sharing.CaseSharing.ReferRequest;
import it.cartella.kernel.sharing.LegalBasis;

import java.util.List;
import java.util.UUID;

/** What the referral form posts, as typed: the same terms as a share grant, without an expiry. */
public record ReferForm(String idempotencyKey, String to, String purpose, List<String> categories,
                        String legalBasis, String legalReference, String consentGivenAt, String consentPurpose,
                        String consentEvidence) {

    static ReferForm blank() {
        return new ReferForm(UUID.randomUUID().toString(), "", "", List.of(), "", "", "", "", "");
    }

    public boolean has(String category) {
        return categories != null && categories.contains(category);
    }

    ReferRequest toRequest() {
        LegalBasis basis = SharingPageController.parse(LegalBasis.class, legalBasis);
        return new ReferRequest(ShareForm.blankToNull(to), ShareForm.blankToNull(purpose),
                ShareForm.categories(categories), basis, ShareForm.blankToNull(legalReference),
                ShareForm.consent(basis, consentGivenAt, consentPurpose, consentEvidence));
    }
}
