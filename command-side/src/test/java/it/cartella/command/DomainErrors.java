package it.cartella.command;

import it.cartella.kernel.error.DomainException;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions on the domain errors of commands, shared by the aggregate fixture tests. */
public final class DomainErrors {

    private DomainErrors() {
    }

    /** The command was refused with this kind and code, and nothing happened. */
    public static void expectRefused(ResultValidator<?> result, DomainException.Kind kind, String code) {
        result.expectNoEvents().expectException(domainError(kind, code));
    }

    /** Building the command (or value) fails validation on this field with this code. */
    public static void assertInvalid(Supplier<?> construction, String field, String code) {
        assertThatThrownBy(construction::get).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    public static Matcher<Throwable> domainError(DomainException.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof DomainException e && e.kind() == kind && e.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainException " + kind + " " + code);
            }
        };
    }
}
