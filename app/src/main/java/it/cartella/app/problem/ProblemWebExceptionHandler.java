package it.cartella.app.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import it.cartella.app.command.Versions;
import reactor.core.publisher.Mono;

/**
 * Answers every failed request with RFC 9457 problem details, including failures that never reach a controller
 * (unknown address, wrong method). Ordered before Spring Boot's error handler, which would answer its own format.
 */
@Component
@Order(-2)
class ProblemWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ObjectMapper objectMapper;

    ProblemWebExceptionHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ServerHttpRequest request = exchange.getRequest();
        Problem problem = Problems.describe(failure);
        if (problem.status().is5xxServerError()) {
            // Paths hold opaque ids only, never personal data, so they may be logged.
            log.error("{} {} failed", request.getMethod(), request.getPath().value(), failure);
        } else {
            log.debug("{} {} answered {} {}", request.getMethod(), request.getPath().value(),
                    problem.status().value(), problem.code());
        }
        Language language = Language.preferredBy(request.getHeaders());
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem.toBody(language, request.getPath().value()));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLanguage(language.locale());
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (problem.currentVersion() != null) {
            headers.setETag(Versions.etag(problem.currentVersion()));
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
