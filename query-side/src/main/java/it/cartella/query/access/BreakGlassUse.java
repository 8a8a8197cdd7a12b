package it.cartella.query.access;

import java.time.Instant;

/**
 * One break-glass access, as the DPO reviews it.
 *
 * @param justification personal data (social category): replaced when the person is erased
 */
public record BreakGlassUse(String caseId, String personId, String user, String organisation, String justification,
                            Instant at, Instant until) {
}
