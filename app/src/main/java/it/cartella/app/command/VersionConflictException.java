package it.cartella.app.command;

/**
 * A change was based on a version of a record that is no longer its current one: another user changed it first,
 * before the request (a stale {@code If-Match}) or at the same instant (two writers appending the same next event).
 * Nothing of the refused change is stored.
 */
public class VersionConflictException extends RuntimeException {

    private final long currentVersion;

    public VersionConflictException(long currentVersion, Throwable cause) {
        super("the record is at version " + currentVersion, cause);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
