package it.cartella.app.command;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id: the client's {@code X-Correlation-Id} when it is a plausible id, a new one
 * otherwise. It is echoed in the answer and travels with the commands into the events' metadata, so one user action
 * can be followed across services and logs.
 */
@Component
public class CorrelationId implements WebFilter {

    public static final String HEADER = "X-Correlation-Id";

    private static final String ATTRIBUTE = CorrelationId.class.getName();
    /** Opaque and short: a correlation id is logged and stored, so it must not be able to carry personal data. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HEADER, id);
        return chain.filter(exchange);
    }

    public static String of(ServerWebExchange exchange) {
        String id = exchange.getAttribute(ATTRIBUTE);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
