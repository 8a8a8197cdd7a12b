package it.cartella.app.request;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body is larger than any request of Cartella needs (the codecs' limit,
 * {@code spring.codec.max-in-memory-size}) before a byte of it is read: answered 413 with a problem. A body sent
 * without a length is cut off by the codecs at the same limit, with the same answer. Runs just after security, so an
 * anonymous sender is told to sign in, and the answer carries the security headers.
 */
@Component
@Order(-99)
class RequestSizeLimit implements WebFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${spring.codec.max-in-memory-size:256KB}") DataSize limit) {
        this.maxBytes = limit.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(new DataBufferLimitException("Request body of " + declared + " bytes exceeds the "
                    + maxBytes + " bytes allowed"));
        }
        return chain.filter(exchange);
    }
}
