package it.cartella.app.audit;

/**
 * The result of walking the access log's chain.
 *
 * @param verified     how many entries, from the first, hold
 * @param firstBroken  the sequence number of the first entry that does not hold; null when intact
 * @param problem      MISSING_ENTRY, LINK_BROKEN (its previous hash is not the hash of the entry before) or
 *                     HASH_MISMATCH (its content changed after it was written); null when intact
 */
public record ChainVerification(boolean intact, long verified, Long firstBroken, String problem) {

    static ChainVerification intact(long verified) {
        return new ChainVerification(true, verified, null, null);
    }

    static ChainVerification broken(long verified, long firstBroken, String problem) {
        return new ChainVerification(false, verified, firstBroken, problem);
    }
}
