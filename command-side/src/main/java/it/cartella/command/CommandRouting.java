package it.cartella.command;

import it.cartella.kernel.command.TargetAggregate;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes commands to aggregates by the kernel's {@link TargetAggregate} annotation, so the published language in
 * shared-kernel carries no Axon annotation. Every aggregate names this resolver in its {@code @Aggregate}.
 * <p>
 * The version the sender last saw travels as the command's {@value #EXPECTED_VERSION} metadata rather than as a
 * field of every command record: it is a property of the request (HTTP {@code If-Match}), not of the decision. Axon's
 * repository compares it with the aggregate's version under the aggregate's lock and refuses the command with a
 * {@code ConflictingAggregateVersionException} when the aggregate has moved on, so a stale write is detected, not
 * only a simultaneous one.
 */
@Configuration
public class CommandRouting {

    /** The bean name aggregates refer to. */
    public static final String RESOLVER = "targetAggregateResolver";

    /** Metadata key: the aggregate version (sequence number of its last event) the sender's change is based on. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    @Bean(RESOLVER)
    public CommandTargetResolver targetAggregateResolver() {
        return resolver();
    }

    /** The resolver itself, for aggregate test fixtures. */
    public static CommandTargetResolver resolver() {
        CommandTargetResolver byAnnotation = AnnotationCommandTargetResolver.builder()
                .targetAggregateIdentifierAnnotation(TargetAggregate.class)
                .build();
        return command -> withExpectedVersion(byAnnotation.resolveTarget(command), command);
    }

    private static VersionedAggregateIdentifier withExpectedVersion(VersionedAggregateIdentifier target,
                                                                    CommandMessage<?> command) {
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        if (!(expected instanceof Number version)) {
            return target;
        }
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), version.longValue());
    }
}
