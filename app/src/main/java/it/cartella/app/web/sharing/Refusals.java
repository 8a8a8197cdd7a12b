package it.cartella.app.web.sharing;

import it.cartella.app.web.FormErrors;
import it.cartella.kernel.error.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Locale;
import java.util.function.Function;

/**
 * How the sharing pages show a refusal the user can understand: next to the form's fields when a form caused it,
 * otherwise on a page of its own with the way back; in the page's language either way. Anything else is not the
 * user's doing and goes on to the error handler.
 */
final class Refusals {

    private Refusals() {
    }

    static Mono<String> form(Throwable failure, ServerWebExchange exchange, Function<FormErrors, Mono<String>> form) {
        FormErrors errors = FormErrors.of(failure, locale(exchange));
        if (errors == null) {
            return Mono.error(failure);
        }
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        return form.apply(errors);
    }

    static Mono<String> page(Throwable failure, ServerWebExchange exchange, Model model, String back) {
        if (!(failure instanceof DomainException refused)) {
            return Mono.error(failure);
        }
        exchange.getResponse().setStatusCode(switch (refused.kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        });
        model.addAttribute("message", refused.message(locale(exchange).getLanguage()));
        model.addAttribute("back", back);
        return Mono.just("refused");
    }

    private static Locale locale(ServerWebExchange exchange) {
        return exchange.getLocaleContext().getLocale();
    }
}
