package it.cartella.app.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import it.cartella.app.command.Commands;
import it.cartella.app.command.IdempotencyKeyReusedException;
import it.cartella.app.command.VersionConflictException;
import it.cartella.kernel.error.DomainException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import java.util.List;
import java.util.Optional;

/**
 * Decides what a user is told about a failure. Only the failures a user can cause are described; everything else
 * is one generic internal error, so that no exception text or stack trace ever leaves the server.
 */
public final class Problems {

    private Problems() {
    }

    public static Problem describe(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            return invalidRequest(invalid.errors().stream().map(FieldError::of).toList());
        }
        Optional<DomainException> domain = causeOfType(failure, DomainException.class);
        if (domain.isPresent()) {
            return ofDomain(domain.get());
        }
        if (causeOfType(failure, DataBufferLimitException.class).isPresent()) {
            return single(HttpStatus.PAYLOAD_TOO_LARGE, new FieldError(null, "REQUEST_TOO_LARGE",
                    "Richiesta troppo grande.", "Request too large."));
        }
        if (failure instanceof IdempotencyKeyReusedException) {
            return single(HttpStatus.UNPROCESSABLE_ENTITY, new FieldError(Commands.IDEMPOTENCY_KEY,
                    "IDEMPOTENCY_KEY_REUSED",
                    "Questa Idempotency-Key è già stata usata per una richiesta diversa: usarne una nuova.",
                    "This Idempotency-Key was already used for a different request: use a new one."));
        }
        if (causeOfType(failure, AggregateNotFoundException.class).isPresent()) {
            return single(HttpStatus.NOT_FOUND, new FieldError(null, "RECORD_NOT_FOUND",
                    "Nessun dato registrato con questo identificativo.", "Nothing is recorded under this id."));
        }
        if (failure instanceof ServerWebInputException input) {
            return ofUnreadableInput(input);
        }
        Optional<VersionConflictException> stale = causeOfType(failure, VersionConflictException.class);
        if (stale.isPresent()) {
            FieldError error = new FieldError(null, "VERSION_CONFLICT",
                    "I dati sono stati modificati da qualcun altro dopo la versione su cui si basa questa richiesta "
                            + "(If-Match): rileggerli e riprovare con la versione attuale.",
                    "The record was changed by someone else after the version this request is based on "
                            + "(If-Match): read it again and retry with the current version.");
            return new Problem(HttpStatus.CONFLICT, error.code(), error.messageIt(), error.messageEn(), List.of(error),
                    stale.get().currentVersion());
        }
        if (causeOfType(failure, ConcurrencyException.class).isPresent()
                || causeOfType(failure, AggregateStreamCreationException.class).isPresent()) {
            return single(HttpStatus.CONFLICT, new FieldError(null, "CONCURRENT_MODIFICATION",
                    "Qualcun altro ha modificato gli stessi dati nel frattempo: ricaricare e riprovare.",
                    "Someone else changed the same data meanwhile: reload and try again."));
        }
        if (failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            return ofHttpStatus(HttpStatus.valueOf(status.getStatusCode().value()));
        }
        return single(HttpStatus.INTERNAL_SERVER_ERROR, new FieldError(null, "INTERNAL_ERROR",
                "Errore interno: l'operazione non è stata completata. Riprovare più tardi.",
                "Internal error: the operation was not completed. Please try again later."));
    }

    static Problem invalidRequest(List<FieldError> errors) {
        if (errors.size() == 1) {
            return single(HttpStatus.BAD_REQUEST, errors.get(0));
        }
        return new Problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
                "La richiesta contiene " + errors.size() + " errori: vedere l'elenco 'errors'.",
                "The request has " + errors.size() + " errors: see the 'errors' list.", errors);
    }

    private static Problem ofDomain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return single(status, FieldError.of(e));
    }

    private static Problem ofUnreadableInput(ServerWebInputException input) {
        Optional<JsonProcessingException> json = causeOfType(input, JsonProcessingException.class);
        if (json.isPresent()) {
            return single(HttpStatus.BAD_REQUEST, ofJson(json.get()));
        }
        if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
                && !input.getMethodParameter().hasParameterAnnotation(RequestBody.class)) {
            return single(HttpStatus.BAD_REQUEST, new FieldError(input.getMethodParameter().getParameterName(),
                    "INVALID_PARAMETER", "Parametro mancante o non valido.", "Missing or invalid parameter."));
        }
        return single(HttpStatus.BAD_REQUEST, new FieldError(null, "MISSING_BODY",
                "Manca il corpo della richiesta, in formato JSON.", "The request body, in JSON, is missing."));
    }

    private static FieldError ofJson(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new FieldError(null, "JSON_TOO_DEEP",
                    "Il corpo della richiesta è annidato troppo in profondità o supera i limiti ammessi.",
                    "The request body is nested too deeply or exceeds the allowed limits.");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "UNKNOWN_FIELD",
                    "Campo non previsto: eliminarlo dalla richiesta.", "Unexpected field: remove it from the request.");
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping.getPath().isEmpty()
                    ? new FieldError(null, "INVALID_BODY", "Il corpo della richiesta deve essere un oggetto JSON.",
                            "The request body must be a JSON object.")
                    : new FieldError(path(mapping), "WRONG_TYPE",
                            "Tipo di valore non valido per questo campo: è atteso un testo.",
                            "Wrong value type for this field: a string is expected.");
        }
        return new FieldError(fieldBeingParsed(e), "MALFORMED_JSON",
                "Il corpo della richiesta non è JSON valido.", "The request body is not valid JSON.");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** Where the parser stopped, when it was inside a field: enough for a user to find the typo. */
    private static String fieldBeingParsed(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return parser.getParsingContext().getCurrentName();
        }
        return null;
    }

    private static Problem ofHttpStatus(HttpStatus status) {
        FieldError error = switch (status) {
            case NOT_FOUND -> new FieldError(null, "NOT_FOUND",
                    "L'indirizzo richiesto non esiste.", "The requested address does not exist.");
            case UNAUTHORIZED -> new FieldError(null, "UNAUTHENTICATED",
                    "Accesso richiesto: autenticarsi.", "Authentication required: sign in.");
            case METHOD_NOT_ALLOWED -> new FieldError(null, "METHOD_NOT_ALLOWED",
                    "Metodo HTTP non ammesso per questo indirizzo.", "HTTP method not allowed for this address.");
            case UNSUPPORTED_MEDIA_TYPE -> new FieldError(null, "UNSUPPORTED_MEDIA_TYPE",
                    "Formato non supportato: inviare application/json.",
                    "Unsupported format: send application/json.");
            case NOT_ACCEPTABLE -> new FieldError(null, "NOT_ACCEPTABLE",
                    "Formato di risposta richiesto non disponibile.", "The requested response format is not available.");
            default -> new FieldError(null, status.name(), "Richiesta non accettata.", "Request not accepted.");
        };
        return single(status, error);
    }

    private static Problem single(HttpStatus status, FieldError error) {
        return new Problem(status, error.code(), error.messageIt(), error.messageEn(), List.of(error));
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
