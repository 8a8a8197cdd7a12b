package it.cartella.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the access log: who did what to which case, on what basis, with which categories shown, and
 * whether it was allowed. Ids only: the log never holds a name, so it survives a person's erasure unchanged.
 *
 * @param action     what was done: {@code READ_LIST}, {@code READ_DETAIL}, or the command's name
 * @param categories the categories of personal data returned (empty for a command or a denial)
 * @param previous   the hash of the entry before, the genesis value for the first
 * @param hash       SHA-256 of this entry's canonical form, {@code previous} included
 */
public record AccessLogEntry(long sequence, Instant at, String userId, String organisation, List<String> roles,
                             String action, String caseId, String personId, String purpose, List<String> categories,
                             String basis, Outcome outcome, String previous, String hash) {

    public enum Outcome { ALLOWED, DENIED }
}
