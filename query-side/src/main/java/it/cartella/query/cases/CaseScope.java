package it.cartella.query.cases;

import java.util.Set;

/**
 * Which cases a list may show: those owned by one of {@code organisations} (and, when {@code caseManager} is set,
 * assigned to that user), plus {@code sharedCases}, minus {@code hiddenCases} (sealed against the reader). Worked
 * out per request by the access policy; the query only applies it.
 */
public record CaseScope(Set<String> organisations, String caseManager, Set<String> sharedCases,
                        Set<String> hiddenCases) {

    public CaseScope {
        organisations = Set.copyOf(organisations);
        sharedCases = Set.copyOf(sharedCases);
        hiddenCases = Set.copyOf(hiddenCases);
    }

    public static CaseScope none() {
        return new CaseScope(Set.of(), null, Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return organisations.isEmpty() && sharedCases.isEmpty();
    }
}
