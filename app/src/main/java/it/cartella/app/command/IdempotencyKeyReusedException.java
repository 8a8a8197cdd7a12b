package it.cartella.app.command;

/** The same Idempotency-Key came back with a different request: answering the first one's result would lie. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("Idempotency-Key reused with a different request");
    }
}
