package it.cartella.eventstore.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * One Jackson configuration for everything Cartella stores: events, messages, snapshots, sagas and tokens are
 * readable JSON, dates are ISO-8601 strings, and records need no annotations.
 */
public final class CartellaSerialization {

    private CartellaSerialization() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Old events keep fields a newer class dropped; upcasters handle meaning, not leftovers.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // Amounts keep their scale through JSON trees (400.00 stays 400.00, not 400.0): the encrypting
                // serializer passes every personal value through a tree.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
    }

    public static JacksonSerializer serializer() {
        return serializer(objectMapper());
    }

    public static JacksonSerializer serializer(ObjectMapper objectMapper) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper)
                .lenientDeserialization()
                .build();
    }
}
