package it.cartella.app.web;

import it.cartella.app.command.Commands;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** What every command form shares: its idempotency key and how a rejection is shown. */
public final class WebForms {

    private WebForms() {
    }

    /**
     * The form's hidden key as the Idempotency-Key the command service honours: a form sent twice (a double click
     * without script, a reload after a lost answer) sends its commands once and is answered the same way.
     */
    public static ServerWebExchange withIdempotencyKey(ServerWebExchange exchange, String key) {
        if (key == null || key.isBlank()) {
            return exchange;
        }
        return exchange.mutate().request(request -> request.headers(h -> h.set(Commands.IDEMPOTENCY_KEY, key)))
                .build();
    }

    /** The form again with its errors and a 400 status when the user can fix the mistake; otherwise the failure. */
    public static Mono<String> rejected(Throwable failure, ServerWebExchange exchange, Function<FormErrors, String> form) {
        FormErrors errors = FormErrors.of(failure, exchange.getLocaleContext().getLocale());
        if (errors == null) {
            return Mono.error(failure);
        }
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        return Mono.just(form.apply(errors));
    }
}
