package it.cartella.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/** The web UI's language handling; the pages themselves are Thymeleaf templates rendered by the controllers here. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Replaces Spring's Accept-Language resolver for the pages (the bean name is what WebFlux looks up); being a
     * web filter too, it also remembers the choice.
     */
    @Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LanguageResolver localeContextResolver() {
        return new LanguageResolver();
    }
}
