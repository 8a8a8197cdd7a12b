package it.cartella.kernel.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the command component naming the aggregate the command is for. The command side routes on it (it plays
 * the part of Axon's {@code @TargetAggregateIdentifier}), so the published language needs no framework.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface TargetAggregate {
}
