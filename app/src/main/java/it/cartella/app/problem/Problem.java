package it.cartella.app.problem;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Locale;

/**
 * What went wrong, independent of the language it will be told in.
 *
 * @param code   stable, for clients; also names the problem type
 * @param errors         the individual mistakes, in both languages
 * @param currentVersion for a version conflict, the version the record has now, so the client can reload and retry;
 *                       null otherwise
 */
public record Problem(HttpStatus status, String code, String detailIt, String detailEn, List<FieldError> errors,
                      Long currentVersion) {

    private static final String TYPE_PREFIX = "urn:cartella:problem:";

    public Problem {
        errors = List.copyOf(errors);
    }

    public Problem(HttpStatus status, String code, String detailIt, String detailEn, List<FieldError> errors) {
        this(status, code, detailIt, detailEn, errors, null);
    }

    /** A URN rather than an http URI: it identifies the problem type without promising a page to fetch. */
    public String type() {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public ProblemBody toBody(Language language, String instance) {
        return new ProblemBody(type(), title(language), status.value(), language.pick(detailIt, detailEn), instance,
                code, errors, currentVersion);
    }

    private String title(Language language) {
        return switch (status) {
            case BAD_REQUEST -> language.pick("Richiesta non valida", "Invalid request");
            case UNAUTHORIZED -> language.pick("Autenticazione richiesta", "Authentication required");
            case FORBIDDEN -> language.pick("Accesso negato", "Access denied");
            case NOT_FOUND -> language.pick("Non trovato", "Not found");
            case METHOD_NOT_ALLOWED -> language.pick("Metodo non ammesso", "Method not allowed");
            case NOT_ACCEPTABLE -> language.pick("Formato di risposta non disponibile", "Not acceptable");
            case PAYLOAD_TOO_LARGE -> language.pick("Richiesta troppo grande", "Request too large");
            case UNSUPPORTED_MEDIA_TYPE -> language.pick("Formato non supportato", "Unsupported media type");
            case UNPROCESSABLE_ENTITY -> language.pick("Richiesta non elaborabile", "Unprocessable request");
            case CONFLICT -> language.pick("In conflitto con lo stato attuale", "Conflicts with the current state");
            case INTERNAL_SERVER_ERROR -> language.pick("Errore interno", "Internal error");
            default -> status.getReasonPhrase();
        };
    }
}
