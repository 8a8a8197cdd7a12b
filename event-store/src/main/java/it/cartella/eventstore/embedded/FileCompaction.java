package it.cartella.eventstore.embedded;

import java.time.Duration;

/**
 * How Cartella keeps the embedded database's file near the size of its live data, now that H2's background thread,
 * which used to do it, is off (see {@link EmbeddedH2Backend}).
 *
 * <p>H2 never writes a page in place: every commit appends the changed pages as a new chunk, and the pages they replace
 * stay in their old chunks. A chunk whose pages are all replaced is freed (after the retention time) and its space
 * reused; a chunk with a few live pages left is kept whole for ever unless someone rewrites those pages elsewhere.
 * That rewriting is the compaction: each run moves the live pages of the emptiest chunks ({@code rewriteBytes} at most)
 * into the next chunk, so the old chunks die and their space is reused. A durability flush per command makes many
 * small chunks, each left with a page or two still live (the last version of an index leaf, say): without compaction
 * the file grew to 28 times its data in 20,000 commands (bench/RESULTS.md).
 *
 * @param every             how often the committer runs a compaction (between whole writes, like its commits)
 * @param targetFillPercent a run does nothing while the live share of the chunks is at least this, and rewrites only
 *                          chunks at most this full: 100 / target is the dead space tolerated
 * @param rewriteBytes      the most live data one run rewrites: it bounds how long a command's flush can wait behind
 *                          a run (which holds the write lock)
 * @param retention         how long H2 keeps a chunk once written before it may free or rewrite it
 */
public record FileCompaction(Duration every, int targetFillPercent, int rewriteBytes, Duration retention) {

    /**
     * Every second (with the commit the committer runs then anyway), up to 4 MB of live data: 20-55 ms under the write
     * lock on the development machine, and enough to hold the file at about 3x its data under four threads of
     * commands with a flush each (bench/RESULTS.md, "File growth"). A target of 50% tolerates half the chunks' space
     * dead: a higher one rewrites more live data for each byte it recovers. Retention 0: see
     * {@link EmbeddedMongoServer#openStore}.
     */
    public static final FileCompaction DEFAULT =
            new FileCompaction(Duration.ofSeconds(1), 50, 4 * 1024 * 1024, Duration.ZERO);

    public FileCompaction {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        if (targetFillPercent < 1 || targetFillPercent > 100) {
            throw new IllegalArgumentException("targetFillPercent must be in 1..100: " + targetFillPercent);
        }
        if (rewriteBytes < 1) {
            throw new IllegalArgumentException("rewriteBytes must be positive: " + rewriteBytes);
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative: " + retention);
        }
    }
}
