package it.cartella.kernel.error;

import java.util.Objects;

/**
 * A rule a user can break: carries a stable code for clients and the message in Italian and English, so the
 * HTTP layer can answer with an RFC 9457 problem body in the user's language without knowing the rule.
 * The messages never contain personal data: they may be logged and they reach other organisations.
 */
public class DomainException extends RuntimeException {

    /** What kind of mistake: decides the HTTP status. */
    public enum Kind { INVALID, CONFLICT, NOT_FOUND, FORBIDDEN }

    private final Kind kind;
    private final String code;
    private final String field;
    private final String messageIt;
    private final String messageEn;

    public DomainException(Kind kind, String code, String field, String messageIt, String messageEn) {
        super(code + ": " + messageEn);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.messageIt = Objects.requireNonNull(messageIt, "messageIt");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Invalid input for one field (HTTP 400). */
    public static DomainException invalid(String field, String code, String messageIt, String messageEn) {
        return new DomainException(Kind.INVALID, code, field, messageIt, messageEn);
    }

    /** The command is well formed but the current state forbids it (HTTP 409). */
    public static DomainException conflict(String code, String messageIt, String messageEn) {
        return new DomainException(Kind.CONFLICT, code, null, messageIt, messageEn);
    }

    public static DomainException notFound(String code, String messageIt, String messageEn) {
        return new DomainException(Kind.NOT_FOUND, code, null, messageIt, messageEn);
    }

    public static DomainException forbidden(String code, String messageIt, String messageEn) {
        return new DomainException(Kind.FORBIDDEN, code, null, messageIt, messageEn);
    }

    public Kind kind() { return kind; }

    public String code() { return code; }

    /** The input field at fault, as named in the request body; null when the whole command is at fault. */
    public String field() { return field; }

    public String messageIt() { return messageIt; }

    public String messageEn() { return messageEn; }

    /** The message in the given language ("it" or "en"); Italian is the default. */
    public String message(String language) {
        return "en".equalsIgnoreCase(language) ? messageEn : messageIt;
    }
}
