package it.cartella.app.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies written as key-value pairs, in the order a reader expects them. */
public final class Json {

    private Json() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    public static List<Object> list(Object... items) {
        return List.of(items);
    }
}
