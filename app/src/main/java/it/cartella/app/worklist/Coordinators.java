package it.cartella.app.worklist;

import java.util.List;

/**
 * Who coordinates which organisations, until users and roles exist. Every bean of this type is asked, so the
 * configuration and the demo data can each contribute.
 */
@FunctionalInterface
public interface Coordinators {

    /** The organisations {@code user} coordinates; empty for none. */
    List<String> coordinatedBy(String user);
}
