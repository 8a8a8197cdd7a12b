package it.cartella.app.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import it.cartella.app.command.Commands;
import it.cartella.app.command.CorrelationId;
import org.springdoc.core.customizers.OpenApiCustomizer;
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
                        + "English available); each lists its field errors in both languages. Commands answer "
                        + "201 (a new record, named by Location) or 200, with ids only; lists and details are read "
                        + "models that follow the events a moment later. Personal data never travel in URLs: "
                        + "searches are POST bodies."));
    }

    /** The headers every operation shares are documented once here rather than on each method. */
    @Bean
    OpenApiCustomizer commonHeaders() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> {
                    // Searches are POSTs only to keep personal data out of URLs: they change nothing.
                    boolean command = (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT)
                            && !path.endsWith("/search");
                    if (command) {
                        operation.addParametersItem(header(Commands.IDEMPOTENCY_KEY, "Makes a retry safe: the same "
                                + "key with the same body gets the first answer again and stores nothing more; with "
                                + "another body, 422. A UUID per user action is a good key."));
                    }
                    operation.addParametersItem(header(CorrelationId.HEADER, "Follows one action across "
                            + "services; generated when absent, echoed in the answer and recorded on every event"));
                }));
    }

    private static Parameter header(String name, String description) {
        return new HeaderParameter().name(name).description(description).required(false).schema(new StringSchema());
    }
}
