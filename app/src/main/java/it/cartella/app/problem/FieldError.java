package it.cartella.app.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import it.cartella.kernel.error.DomainException;

/**
 * One mistake in a request, in both languages so that a client can show either without asking again.
 *
 * @param field the input field at fault as named in the request body, absent when the whole request is at fault
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldError(String field, String code,
                         @JsonProperty("message_it") String messageIt,
                         @JsonProperty("message_en") String messageEn) {

    static FieldError of(DomainException e) {
        return new FieldError(e.field(), e.code(), e.messageIt(), e.messageEn());
    }

    String message(Language language) {
        return language == Language.EN ? messageEn : messageIt;
    }
}
