package it.cartella.query.access;

/**
 * The facts access is decided from, one collection per kind of fact: the case's owner and case manager, its seal,
 * the share grants, the referrals and the break-glass uses. Each grant, referral and use is its own document, so
 * every change is a single-document write that needs no read first.
 */
final class AccessCollections {

    static final String CASES = "access_cases";
    static final String GRANTS = "access_share_grants";
    static final String REFERRALS = "access_referrals";
    static final String BREAK_GLASS = "access_break_glass";

    private AccessCollections() {
    }
}
