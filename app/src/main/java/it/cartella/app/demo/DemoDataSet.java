package it.cartella.app.demo;

/**
 * One part of the demo data, loaded through the same commands a user's requests send. Each set is loaded once per
 * database, so a set added in a later version is loaded on the next start of an existing demo database.
 */
public interface DemoDataSet {

    /** Stable: it marks the set as loaded in the database. */
    String name();

    void load();
}
