package it.cartella.app.problem;

import java.util.List;

/** An RFC 9457 problem details document, with Cartella's extensions {@code code} and {@code errors}. */
public record ProblemBody(String type, String title, int status, String detail, String instance, String code,
                          List<FieldError> errors) {
}
