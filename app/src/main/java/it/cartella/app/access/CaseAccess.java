package it.cartella.app.access;

import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.access.CaseAccessFacts;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one user may do with one case at one instant.
 *
 * @param categories the categories of personal data the user may see; empty when denied
 * @param purpose    the purpose of the grant or referral the access rests on; for owners, case management
 */
public record CaseAccess(CaseAccessFacts facts, AccessBasis basis, Set<PersonalDataCategory> categories,
                         String purpose, boolean canChange) {

    public static final String CASE_MANAGEMENT = "presa in carico";

    public CaseAccess {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    public boolean canRead() {
        return basis != AccessBasis.NONE;
    }

    static CaseAccess denied(CaseAccessFacts facts) {
        return new CaseAccess(facts, AccessBasis.NONE, Set.of(), null, false);
    }
}
