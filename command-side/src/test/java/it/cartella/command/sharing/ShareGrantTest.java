package it.cartella.command.sharing;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.sharing.Consent;
import it.cartella.kernel.sharing.GrantShare;
import it.cartella.kernel.sharing.LegalBasis;
import it.cartella.kernel.sharing.RevocationReason;
import it.cartella.kernel.sharing.RevokeShare;
import it.cartella.kernel.sharing.ShareGranted;
import it.cartella.kernel.sharing.ShareRevoked;
import it.cartella.kernel.sharing.SharingTerms;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class ShareGrantTest {

    static final ShareGrantId GRANT = ShareGrantId.of("share-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId PERSON = PersonId.of("person-1");
    static final OrganisationId COMUNE = OrganisationId.of("comune-098031");
    static final OrganisationId CARITAS = OrganisationId.of("caritas-lodi");
    static final UserId ROSSI = UserId.of("as-rossi");
    static final Instant EXPIRY = Instant.now().plus(30, ChronoUnit.DAYS);
    static final SharingTerms TERMS = new SharingTerms("accoglienza", Set.of(PersonalDataCategory.SOCIAL),
            LegalBasis.AGREEMENT, "CONV-2025-004", null);

    private AggregateTestFixture<ShareGrant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ShareGrant.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static ShareGranted granted() {
        return new ShareGranted(GRANT, CASE, PERSON, COMUNE, CARITAS, TERMS, EXPIRY, ROSSI);
    }

    @Test
    void grantsWithPurposeCategoriesBasisAndExpiry() {
        fixture.givenNoPriorActivity()
                .when(new GrantShare(GRANT, CASE, PERSON, COMUNE, CARITAS, TERMS, EXPIRY, ROSSI))
                .expectEvents(granted());
    }

    @Test
    void refusesAnExpiryInThePastAndSharingWithItself() {
        expectRefused(fixture.givenNoPriorActivity().when(new GrantShare(GRANT, CASE, PERSON, COMUNE, CARITAS, TERMS,
                Instant.now().minusSeconds(1), ROSSI)), DomainException.Kind.INVALID, "EXPIRY_IN_THE_PAST");
        expectRefused(fixture.givenNoPriorActivity().when(new GrantShare(GRANT, CASE, PERSON, COMUNE, COMUNE, TERMS,
                EXPIRY, ROSSI)), DomainException.Kind.INVALID, "SHARE_WITH_SELF");
    }

    @Test
    void termsNeedAReferenceOrAConsentAndNeverCarrySealedData() {
        assertInvalid(() -> new SharingTerms("x", Set.of(PersonalDataCategory.SOCIAL), LegalBasis.AGREEMENT, null,
                null), "legalReference", "LEGAL_REFERENCE_REQUIRED");
        assertInvalid(() -> new SharingTerms("x", Set.of(PersonalDataCategory.SOCIAL), LegalBasis.CONSENT, null,
                null), "consent", "CONSENT_REQUIRED");
        assertInvalid(() -> new SharingTerms("x", Set.of(PersonalDataCategory.SEALED_VIOLENCE),
                LegalBasis.VITAL_INTEREST, "art. 9.2.c GDPR", null), "categories", "SEALED_NOT_SHAREABLE");
        assertInvalid(() -> new SharingTerms("x", Set.of(), LegalBasis.PUBLIC_INTEREST, "L. 328/2000", null),
                "categories", "NO_CATEGORY");
        assertInvalid(() -> new Consent(ROSSI, Instant.now().plusSeconds(3600), "x", "prot. 1"),
                "consent.givenAt", "DATE_IN_FUTURE");
    }

    @Test
    void onlyTheGrantorRevokesAndOnce() {
        expectRefused(fixture.given(granted())
                .when(new RevokeShare(GRANT, CARITAS, UserId.of("op-caritas"), RevocationReason.NO_LONGER_NEEDED)),
                DomainException.Kind.FORBIDDEN, "NOT_THE_GRANTOR");
        fixture.given(granted())
                .when(new RevokeShare(GRANT, COMUNE, ROSSI, RevocationReason.CONSENT_WITHDRAWN))
                .expectEvents(new ShareRevoked(GRANT, CASE, ROSSI, RevocationReason.CONSENT_WITHDRAWN));
        fixture.given(granted(), new ShareRevoked(GRANT, CASE, ROSSI, RevocationReason.CONSENT_WITHDRAWN))
                .when(new RevokeShare(GRANT, COMUNE, ROSSI, RevocationReason.CONSENT_WITHDRAWN))
                .expectNoEvents();
    }
}
