package it.cartella.app.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem details document, with Cartella's extensions {@code code}, {@code errors} and, for a version
 * conflict only, {@code currentVersion}.
 */
public record ProblemBody(String type, String title, int status, String detail, String instance, String code,
                          List<FieldError> errors,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long currentVersion) {
}
