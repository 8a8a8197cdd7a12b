package it.cartella.query.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;

import java.math.BigDecimal;

/**
 * Converts case files to MongoDB documents and back through JSON. Dates, instants and amounts are stored as text:
 * ISO dates sort as dates do, and amounts keep their scale (a BSON double would turn 400.00 into 400.0).
 */
final class CaseFileStorage {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        MAPPER.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    private CaseFileStorage() {
    }

    static Document write(Object value) {
        try {
            return Document.parse(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model document always serializes", e);
        }
    }

    static <T> T read(Document document, Class<T> type) {
        try {
            return MAPPER.readValue(document.toJson(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model document no longer reads", e);
        }
    }
}
