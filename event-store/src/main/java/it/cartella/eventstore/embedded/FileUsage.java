package it.cartella.eventstore.embedded;

/**
 * How much of the embedded database's file holds live data, as H2 accounts for it.
 *
 * @param fileBytes      the size of the file
 * @param liveBytes      an estimate of the live data in it: the space of the chunks (the file less its free space)
 *                       times the live share of their pages
 * @param compactionRuns the compaction runs that rewrote something since the server started
 */
public record FileUsage(long fileBytes, long liveBytes, long compactionRuns) {

    /** The file's size over its live data (1 when the file holds nothing dead). */
    public double overLive() {
        return liveBytes == 0 ? 0 : (double) fileBytes / liveBytes;
    }

    @Override
    public String toString() {
        return "file %,d bytes, about %,d live (%.1fx), %d compactions".formatted(fileBytes, liveBytes, overLive(),
                compactionRuns);
    }
}
