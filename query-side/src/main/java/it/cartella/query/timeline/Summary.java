package it.cartella.query.timeline;

/** What an event says, in Italian and in English. */
public record Summary(String it, String en) {
}
