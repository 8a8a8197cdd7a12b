package it.cartella.query.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import it.cartella.kernel.error.DomainException;

import java.io.UncheckedIOException;

/**
 * Definitions as JSON, the form analysts write and the catalogue stores. Enum values are read in any case; unknown
 * fields are refused, so a misspelt filter is an error instead of a silently wider indicator.
 */
public final class IndicatorJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private IndicatorJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a definition; any mistake in it is a domain error naming what is wrong, in Italian and English. */
    public static IndicatorDefinition definition(String json) {
        try {
            return MAPPER.readValue(json, IndicatorDefinition.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof DomainException)) {
                cause = cause.getCause();
            }
            if (cause instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalid("definition", "INDICATOR_DEFINITION_INVALID",
                    "Definizione non leggibile: " + e.getOriginalMessage(),
                    "Definition cannot be read: " + e.getOriginalMessage());
        }
    }
}
