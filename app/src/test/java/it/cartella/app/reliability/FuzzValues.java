package it.cartella.app.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;
import java.util.Map;

/** The values and bodies the fuzz tests send: wrong types, exotic and huge text, attacks, broken JSON. */
final class FuzzValues {

    /** Path traversal, script, SQL and NoSQL injection, header splitting, format strings, and the like. */
    static final List<String> ATTACKS = List.of(
            "../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "{\"$where\":\"sleep(1000)\"}", "{\"$gt\":\"\"}", "$where", "'; DROP TABLE cases; --", "' OR '1'='1",
            "Rossi\r\nSet-Cookie: SESSION=forged", "line\nX-Injected: yes", "${jndi:ldap://x/a}", "%s%s%s%n",
            "{{7*7}}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__::.x", "\u0000", "\u202Eevil",
            "\uFEFF", "Ā̴̡͎̫ͅz̷͙", "😀👨‍👩‍👧", "\uD800", "\\u0000", "null", "true", "0", "-1");

    private FuzzValues() {
    }

    static Arbitrary<Object> attacks() {
        return Arbitraries.of(ATTACKS).map(s -> s);
    }

    /** A value to put where the body had another. */
    static Arbitrary<Object> evil() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().map(i -> (Object) i)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(l -> (Object) l)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().map(d -> (Object) d)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(60).map(s -> (Object) s)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(20_000)
                        .ofMaxLength(120_000).map(s -> (Object) s)),
                net.jqwik.api.Tuple.of(3, attacks()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Map.of("$where", "sleep(1000)"), Map.of("$gt", ""),
                        Map.of("$ne", 1), List.of(), List.of("a", 1, true), Map.of())),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(2, 60).map(FuzzValues::nested)));
    }

    /** Bodies that are not the JSON of any request. */
    static Arbitrary<String> rawBodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.integers().between(1, 3000).map(depth -> "{\"text\":" + "[".repeat(depth)
                        + "]".repeat(depth) + "}"),
                Arbitraries.integers().between(1, 3000).map(depth -> "{\"a\":".repeat(depth) + "1"
                        + "}".repeat(depth)),
                Arbitraries.of("", "{", "}", "[]", "null", "\"text\"", "1e400", "{\"notedOn\":\"2025-02-12\",}",
                        "{\"notedOn\":\"2025-02-12\" \"text\":\"x\"}", "{\"text\":\"a\",\"text\":\"b\"}",
                        "{\"notedOn\":2025-02-12}", "{'notedOn':'2025-02-12'}", "{\"text\":\"\\uD800\"}",
                        "\uFEFF{\"text\":\"bom\"}", "{\"text\":\"x\"} trailing", "{\"$where\":\"1\"}",
                        "<?xml version=\"1.0\"?><a/>", "{\"text\":\"\u0000\"}"));
    }

    private static Object nested(int depth) {
        Object value = "deep";
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? List.of(value) : Map.of("x", value);
        }
        return value;
    }
}
