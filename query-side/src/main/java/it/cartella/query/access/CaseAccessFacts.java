package it.cartella.query.access;

import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.referral.ReferralStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What is known about a case that decides who may see it. Grants and referrals are listed whatever their state:
 * whether one is in force depends on the time of the request, which the caller supplies.
 */
public record CaseAccessFacts(String caseId, String personId, String owner, String caseManager, boolean sealed,
                              Set<String> sealMembers, List<Grant> grants, List<Referral> referrals,
                              List<BreakGlass> breakGlass) {

    public CaseAccessFacts {
        sealMembers = Set.copyOf(sealMembers);
        grants = List.copyOf(grants);
        referrals = List.copyOf(referrals);
        breakGlass = List.copyOf(breakGlass);
    }

    public record Grant(String shareGrantId, String grantor, String recipient, String purpose,
                        Set<PersonalDataCategory> categories, String legalBasis, String legalReference,
                        boolean consent, Instant expiresAt, boolean revoked) {

        public boolean activeAt(Instant now) {
            return !revoked && now.isBefore(expiresAt);
        }
    }

    public record Referral(String referralId, String caseId, String from, String to, String purpose,
                           Set<PersonalDataCategory> categories, String legalBasis, String legalReference,
                           ReferralStatus status) {
    }

    public record BreakGlass(String user, String organisation, Instant at, Instant until) {

        public boolean activeAt(Instant now) {
            return now.isBefore(until);
        }
    }
}
