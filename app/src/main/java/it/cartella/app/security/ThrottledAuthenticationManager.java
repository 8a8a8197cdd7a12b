package it.cartella.app.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

import java.net.InetSocketAddress;
import java.util.concurrent.Callable;

/**
 * Password sign-in (form and HTTP Basic) through the {@link LoginThrottle}. Spring's authentication manager does
 * not see the request, so {@link #clientAddressFilter()} puts the client's address in the Reactor context first.
 */
class ThrottledAuthenticationManager implements ReactiveAuthenticationManager {

    private static final String CLIENT_ADDRESS = ThrottledAuthenticationManager.class.getName() + ".client";

    private final ReactiveAuthenticationManager delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationManager(ReactiveAuthenticationManager delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        String username = authentication.getName();
        // The counts are in the database: every call to the throttle runs off the event loop.
        return Mono.deferContextual(context -> {
            String client = context.getOrDefault(CLIENT_ADDRESS, "unknown");
            return blocking(() -> throttle.isBlocked(username, client)).flatMap(blocked -> {
                if (blocked) {
                    return blocking(() -> throttle.refused(username, client))
                            .then(Mono.error(new LockedException("Too many failed sign-ins")));
                }
                return delegate.authenticate(authentication)
                        .flatMap(ok -> blocking(() -> throttle.succeeded(username, client)).thenReturn(ok))
                        .onErrorResume(AuthenticationException.class, e -> blocking(() ->
                                throttle.failed(username, client)).then(Mono.error(e)));
            });
        });
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

    private static Mono<Void> blocking(Runnable call) {
        return Mono.fromRunnable(call).subscribeOn(Schedulers.boundedElastic()).then();
    }

    /**
     * The address the connection comes from. Behind a reverse proxy it is the proxy's, unless Spring's forwarded
     * headers support is enabled ({@code server.forward-headers-strategy=native}) for a proxy that sets them.
     */
    static WebFilter clientAddressFilter() {
        return (ServerWebExchange exchange, WebFilterChain chain) -> {
            InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
            // An address forwarded by a trusted proxy (TrustedProxies) comes unresolved: its text is the address.
            String client = remote == null ? "unknown"
                    : remote.isUnresolved() || remote.getAddress() == null ? remote.getHostString()
                    : remote.getAddress().getHostAddress();
            return chain.filter(exchange).contextWrite(Context.of(CLIENT_ADDRESS, client));
        };
    }
}
