package it.cartella.app.web;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.i18n.LocaleContextResolver;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Locale;

/**
 * The language of the web pages: Italian, unless the user chose English with the switch in the header. The choice
 * is a {@code lang} parameter on any page, kept in a cookie; the browser's Accept-Language is not consulted, because
 * social workers share office computers set up in any language and Cartella is an Italian service first.
 * The API keeps answering in the language its clients ask for (see {@code Language}).
 */
class LanguageResolver implements LocaleContextResolver, WebFilter {

    static final String PARAMETER = "lang";
    static final String COOKIE = "cartella-lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String chosen = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
        if (chosen == null) {
            HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
            chosen = cookie == null ? null : cookie.getValue();
        }
        return new SimpleLocaleContext(supported(chosen));
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("The language changes through the lang parameter");
    }

    /** Remembers a language chosen on this request for the next ones. */
    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String chosen = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
        if (chosen != null) {
            exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, supported(chosen).getLanguage())
                    .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build());
        }
        return chain.filter(exchange);
    }

    static Locale supported(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.ITALIAN;
    }
}
