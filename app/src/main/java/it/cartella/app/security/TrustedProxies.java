package it.cartella.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.IpAddressServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} headers (scheme, host, client address) only from the reverse
 * proxies named in {@code cartella.security.trusted-proxies} (addresses or CIDR ranges; by default the loopback
 * addresses, where a proxy on the same host connects from). From anyone else they are removed: a client cannot claim
 * HTTPS, or another address to escape the sign-in limit. Runs before security, so that HSTS is sent when TLS ended at
 * the proxy and the sign-in limit counts the real client's address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies implements WebFilter {

    private final ServerWebExchangeMatcher proxies;
    private final ForwardedHeaderTransformer apply = new ForwardedHeaderTransformer();
    private final ForwardedHeaderTransformer remove = new ForwardedHeaderTransformer();

    TrustedProxies(@Value("${cartella.security.trusted-proxies:127.0.0.1,::1}") String trusted) {
        List<ServerWebExchangeMatcher> addresses = Arrays.stream(trusted.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).<ServerWebExchangeMatcher>map(IpAddressServerWebExchangeMatcher::new).toList();
        this.proxies = addresses.isEmpty() ? exchange -> ServerWebExchangeMatcher.MatchResult.notMatch()
                : new OrServerWebExchangeMatcher(addresses);
        remove.setRemoveOnly(true);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        return proxies.matches(exchange).flatMap(trusted -> {
            ServerHttpRequest believed = trusted.isMatch() ? apply.apply(request) : remove.apply(request);
            return chain.filter(exchange.mutate().request(believed).build());
        });
    }
}
