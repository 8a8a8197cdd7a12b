package it.cartella.app.security;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

import static it.cartella.kernel.error.DomainException.forbidden;

/**
 * Who may call Cartella, and how they prove it.
 * <ul>
 *   <li>Web UI: form login, a server-side session, CSRF tokens on every change.</li>
 *   <li>API: OAuth2/OIDC bearer tokens (JWT) from any standard provider, enabled by Spring Boot's
 *       {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri}); the token's
 *       username claim must name a user registered in Cartella, whose organisation and roles apply. HTTP Basic
 *       with the registered password, in demo mode only unless {@code cartella.security.http-basic} says otherwise.
 *       A request carrying its own credentials has no session to ride on, so it needs no CSRF token.</li>
 *   <li>Passwords are hashed with Spring's delegating encoder (bcrypt today, upgradable in place); failed
 *       sign-ins are limited per username and client address ({@link LoginThrottle}).</li>
 * </ul>
 * Health and the API documentation are open; everything else needs a signed-in user. Which cases a user may see or
 * change is decided per request by the access policy, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(MongoDatabase database,
                                @Value("${cartella.security.login.max-failures:5}") int maxFailures,
                                @Value("${cartella.security.login.window:PT15M}") Duration window) {
        return new LoginThrottle(database, maxFailures, window, Clock.systemUTC());
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, Actors actors, PasswordEncoder encoder,
                                                  LoginThrottle throttle,
                                                  ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
                                                  @Value("${cartella.security.http-basic:${cartella.demo:false}}")
                                                  boolean httpBasic,
                                                  @Value("${cartella.security.oidc.username-claim:preferred_username}")
                                                  String usernameClaim) {
        UserDetailsRepositoryReactiveAuthenticationManager passwords =
                new UserDetailsRepositoryReactiveAuthenticationManager(actors);
        passwords.setPasswordEncoder(encoder);
        ReactiveAuthenticationManager manager = new ThrottledAuthenticationManager(passwords, throttle);
        boolean bearer = jwtDecoder.getIfAvailable() != null;

        http.authorizeExchange(exchanges -> exchanges
                        // Metrics hold no personal data; the proxy keeps them off the public side (deploy/).
                        .pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/api/docs/**",
                                "/login",
                                "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .anyExchange().authenticated())
                .authenticationManager(manager)
                .addFilterBefore(ThrottledAuthenticationManager.clientAddressFilter(), SecurityWebFiltersOrder.HTTP_BASIC)
                // The sign-in page is the web UI's own (LoginController); this filter checks what it posts.
                .formLogin(form -> form.authenticationManager(manager).loginPage("/login")
                        // Each role starts from its own home page (HomePageController), unless a page was asked for.
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/home")))
                .logout(logout -> { })
                .headers(SecurityConfiguration::headers)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(sessionChanges(httpBasic, bearer)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint(httpBasic))
                        .accessDeniedHandler((exchange, denied) -> Mono.error(forbidden("ACCESS_DENIED",
                                "Il proprio ruolo non consente questa operazione.",
                                "Your role does not allow this operation."))));
        if (httpBasic) {
            http.httpBasic(basic -> basic.authenticationManager(manager).authenticationEntryPoint(entryPoint(true)));
        } else {
            http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable);
        }
        if (bearer) {
            // A token refused (expired, forged, for no registered user) gets the API's 401 problem, not an empty body.
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(entryPoint(httpBasic))
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> registeredUser(actors, token, usernameClaim))));
        }
        return http.build();
    }

    /**
     * Scripts only from Cartella itself (no inline script, no eval: the pages have none), so an injected
     * {@code <script>} would not run even if escaping ever failed. Styles may be inline: Bootstrap Italia declares its
     * fonts by injecting a style element. No page may be framed (clickjacking), no address leaves in a Referer (case
     * ids are in addresses), and HSTS is sent on HTTPS, which includes HTTPS ended at a trusted proxy
     * ({@link TrustedProxies}). Spring Security adds nosniff and no-store caching, so no page of personal data is kept
     * by a browser or a proxy cache.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void headers(ServerHttpSecurity.HeaderSpec headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicy(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true));
    }

    /**
     * A change sent with the session cookie needs the CSRF token; one sent with its own Basic or bearer
     * credentials does not, as those credentials are authenticated on the spot and a failure ends the request.
     */
    private static ServerWebExchangeMatcher sessionChanges(boolean httpBasic, boolean bearer) {
        return exchange -> CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange).flatMap(match -> {
            if (!match.isMatch()) {
                return Mono.just(match);
            }
            String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            boolean ownCredentials = authorization != null
                    && ((httpBasic && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                    || (bearer && authorization.regionMatches(true, 0, "Bearer ", 0, 7)));
            return ownCredentials ? ServerWebExchangeMatcher.MatchResult.notMatch() : Mono.just(match);
        });
    }

    /** The API answers 401 with a problem body; a browser on any other page is sent to the sign-in form. */
    private static ServerAuthenticationEntryPoint entryPoint(boolean httpBasic) {
        RedirectServerAuthenticationEntryPoint toLoginForm = new RedirectServerAuthenticationEntryPoint("/login");
        ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
        return (exchange, failure) -> api.matches(exchange).flatMap(match -> {
            if (!match.isMatch()) {
                return toLoginForm.commence(exchange, failure);
            }
            if (httpBasic) {
                exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cartella\"");
            }
            return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        });
    }

    private static Mono<AbstractAuthenticationToken> registeredUser(Actors actors, Jwt token, String usernameClaim) {
        String username = token.getClaimAsString(usernameClaim);
        if (username == null) {
            return Mono.error(new UsernameNotFoundException("The token has no username claim"));
        }
        return actors.user(username)
                .filter(CartellaUser::isEnabled)
                .switchIfEmpty(Mono.error(() -> new UsernameNotFoundException("The token names no enabled user")))
                .map(user -> UsernamePasswordAuthenticationToken.authenticated(user, token, user.getAuthorities()));
    }
}
