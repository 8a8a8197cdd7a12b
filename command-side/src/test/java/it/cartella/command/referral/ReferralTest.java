package it.cartella.command.referral;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.referral.AcceptReferral;
import it.cartella.kernel.referral.CloseReferral;
import it.cartella.kernel.referral.ReferralAccepted;
import it.cartella.kernel.referral.ReferralClosed;
import it.cartella.kernel.referral.ReferralRejected;
import it.cartella.kernel.referral.ReferralRevoked;
import it.cartella.kernel.referral.ReferralSent;
import it.cartella.kernel.referral.RejectReferral;
import it.cartella.kernel.referral.RejectionReason;
import it.cartella.kernel.referral.RevokeReferral;
import it.cartella.kernel.referral.SendReferral;
import it.cartella.kernel.sharing.LegalBasis;
import it.cartella.kernel.sharing.SharingTerms;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class ReferralTest {

    static final ReferralId REFERRAL = ReferralId.of("referral-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId PERSON = PersonId.of("person-1");
    static final OrganisationId COMUNE = OrganisationId.of("comune-098019");
    static final OrganisationId ASST = OrganisationId.of("asst-lodi");
    static final OrganisationId CARITAS = OrganisationId.of("caritas-lodi");
    static final UserId SENDER = UserId.of("as-comune2");
    static final UserId RECEIVER = UserId.of("op-asst");
    static final SharingTerms TERMS = new SharingTerms("dimissione protetta",
            Set.of(PersonalDataCategory.IDENTIFYING, PersonalDataCategory.HEALTH), LegalBasis.PUBLIC_INTEREST,
            "PROT-2024-017", null);

    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static ReferralSent sent() {
        return new ReferralSent(REFERRAL, CASE, PERSON, COMUNE, ASST, TERMS, SENDER);
    }

    static ReferralAccepted accepted() {
        return new ReferralAccepted(REFERRAL, CASE, ASST, RECEIVER);
    }

    @Test
    void isSentToAnotherOrganisationWithItsTerms() {
        fixture.givenNoPriorActivity().when(new SendReferral(REFERRAL, CASE, PERSON, COMUNE, ASST, TERMS, SENDER))
                .expectEvents(sent());
        assertInvalid(() -> new SendReferral(REFERRAL, CASE, PERSON, COMUNE, COMUNE, TERMS, SENDER), "to",
                "REFERRAL_TO_SELF");
    }

    @Test
    void onlyTheReceiverAcceptsOrRejectsASentReferral() {
        expectRefused(fixture.given(sent()).when(new AcceptReferral(REFERRAL, CARITAS, UserId.of("op-caritas"))),
                DomainException.Kind.FORBIDDEN, "NOT_THE_RECEIVER");
        fixture.given(sent()).when(new AcceptReferral(REFERRAL, ASST, RECEIVER)).expectEvents(accepted());
        fixture.given(sent()).when(new RejectReferral(REFERRAL, ASST, RECEIVER, RejectionReason.NO_CAPACITY))
                .expectEvents(new ReferralRejected(REFERRAL, CASE, ASST, RECEIVER, RejectionReason.NO_CAPACITY));
        expectRefused(fixture.given(sent(), accepted())
                        .when(new RejectReferral(REFERRAL, ASST, RECEIVER, RejectionReason.NO_CAPACITY)),
                DomainException.Kind.CONFLICT, "REFERRAL_WRONG_STATUS");
    }

    @Test
    void eitherPartyClosesAnAcceptedReferralAndOnlyTheSenderRevokes() {
        fixture.given(sent(), accepted()).when(new CloseReferral(REFERRAL, COMUNE, SENDER))
                .expectEvents(new ReferralClosed(REFERRAL, CASE, COMUNE, SENDER));
        expectRefused(fixture.given(sent()).when(new CloseReferral(REFERRAL, ASST, RECEIVER)),
                DomainException.Kind.CONFLICT, "REFERRAL_WRONG_STATUS");
        expectRefused(fixture.given(sent(), accepted()).when(new CloseReferral(REFERRAL, CARITAS, RECEIVER)),
                DomainException.Kind.FORBIDDEN, "NOT_A_PARTY");
        expectRefused(fixture.given(sent(), accepted()).when(new RevokeReferral(REFERRAL, ASST, RECEIVER)),
                DomainException.Kind.FORBIDDEN, "NOT_THE_SENDER");
        fixture.given(sent(), accepted()).when(new RevokeReferral(REFERRAL, COMUNE, SENDER))
                .expectEvents(new ReferralRevoked(REFERRAL, CASE, COMUNE, SENDER));
        expectRefused(fixture.given(sent(), new ReferralRevoked(REFERRAL, CASE, COMUNE, SENDER))
                .when(new RevokeReferral(REFERRAL, COMUNE, SENDER)), DomainException.Kind.CONFLICT,
                "REFERRAL_WRONG_STATUS");
    }
}
