package it.cartella.app.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI cartellaOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Cartella API")
                .version("0.1")
                .description("Case management for local social services. Errors are RFC 9457 problem details "
                        + "(application/problem+json) in the language of Accept-Language (Italian by default, "
                        + "English available); each lists its field errors in both languages."));
    }
}
