package it.cartella.app.command;

import it.cartella.kernel.error.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's version on the wire: the sequence number of its aggregate's last event, as an entity tag. The ETag names
 * the version of the record (the aggregate) a client may change, which is what {@code If-Match} protects: a change
 * based on an older version is refused with 409 and the current version, instead of silently overwriting.
 */
public final class Versions {

    public static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the request's {@code If-Match} names, or null when it names none ({@code *} or no header): the change
     * then applies to whatever version is current.
     *
     * @throws DomainException INVALID when the header is not one strong entity tag of a version
     */
    public static Long expected(ServerWebExchange exchange) {
        List<String> values = exchange.getRequest().getHeaders().get(IF_MATCH);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = String.join(",", values).trim();
        if (value.equals("*")) {
            return null;
        }
        Matcher tag = STRONG_TAG.matcher(value);
        if (!tag.matches()) {
            throw DomainException.invalid(IF_MATCH, "IF_MATCH_INVALID",
                    "If-Match non valido: indicare una sola versione tra virgolette, come nell'ETag ricevuto (es. \"3\").",
                    "Invalid If-Match: give one version in quotes, as in the ETag received (e.g. \"3\").");
        }
        return Long.parseLong(tag.group(1));
    }

    /** The answer with its ETag, when the command reported the version it left the record at. */
    public static <T> ResponseEntity<T> tagged(ResponseEntity<T> answer, Long version) {
        if (version == null) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).eTag(etag(version))
                .body(answer.getBody());
    }
}
