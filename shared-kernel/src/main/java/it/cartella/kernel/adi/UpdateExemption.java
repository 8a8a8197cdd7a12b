package it.cartella.kernel.adi;

import java.util.Collection;
import java.util.List;

/**
 * Why a beneficiary is not bound to update their position every 90 days (DM 154/2023 art. 9 c.2, as applied in
 * GePI): which reasons exempt is the deadline rules' business, so a rule change needs no new code.
 */
public enum UpdateExemption {
    /** Disabled as defined for the ISEE. */
    DISABLED,
    /** Aged 60 or more. */
    OVER_60,
    /** Victim of gender violence. */
    VIOLENCE_VICTIM;

    /**
     * Distinct and in declaration order; empty for none. Events hold them as a list, which erasure empties like
     * every list of personal items.
     */
    public static List<UpdateExemption> normalised(Collection<UpdateExemption> exemptions) {
        return exemptions == null ? List.of() : exemptions.stream().distinct().sorted().toList();
    }
}
