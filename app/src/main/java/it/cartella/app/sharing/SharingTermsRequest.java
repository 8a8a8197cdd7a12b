package it.cartella.app.sharing;

import it.cartella.app.security.Actor;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.sharing.Consent;
import it.cartella.kernel.sharing.LegalBasis;
import it.cartella.kernel.sharing.SharingTerms;

import java.time.Instant;
import java.util.Set;

/** The terms of a share grant or referral as a request states them; the consent is recorded by the sender. */
public record SharingTermsRequest(String purpose, Set<PersonalDataCategory> categories, LegalBasis legalBasis,
                           String legalReference, ConsentRequest consent) {

    SharingTerms terms(Actor actor) {
        return new SharingTerms(purpose, categories, legalBasis, legalReference,
                consent == null ? null : new Consent(actor.userId(), consent.givenAt(), consent.purpose(),
                        consent.evidence()));
    }

    public record ConsentRequest(Instant givenAt, String purpose, String evidence) {
    }
}
