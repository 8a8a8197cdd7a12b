package it.cartella.command;

import it.cartella.kernel.command.TargetAggregate;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes commands to aggregates by the kernel's {@link TargetAggregate} annotation, so the published language in
 * shared-kernel carries no Axon annotation. Every aggregate names this resolver in its {@code @Aggregate}.
 */
@Configuration
public class CommandRouting {

    /** The bean name aggregates refer to. */
    public static final String RESOLVER = "targetAggregateResolver";

    @Bean(RESOLVER)
    public CommandTargetResolver targetAggregateResolver() {
        return resolver();
    }

    /** The resolver itself, for aggregate test fixtures. */
    public static CommandTargetResolver resolver() {
        return AnnotationCommandTargetResolver.builder()
                .targetAggregateIdentifierAnnotation(TargetAggregate.class)
                .build();
    }
}
