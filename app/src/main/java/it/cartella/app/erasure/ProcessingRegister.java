package it.cartella.app.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The processing activities of the register (GDPR art. 30), read once at start-up from configuration: the file
 * named by {@code cartella.privacy.register} (by default the one shipped, for an Ambito's social services). The
 * controller edits that file; a malformed file stops Cartella at start-up rather than show a wrong register.
 */
@Component
public class ProcessingRegister {

    private final JsonNode document;

    ProcessingRegister(@Value("${cartella.privacy.register:classpath:privacy/register.json}") Resource file,
                       ObjectMapper objectMapper) {
        try (InputStream in = file.getInputStream()) {
            this.document = objectMapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the register of processing " + file.getDescription(), e);
        }
    }

    public JsonNode document() {
        return document;
    }
}
