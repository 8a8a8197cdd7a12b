package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;

import java.time.LocalDate;

/** A stage (<i>tappa</i>) towards an expected result. @param dueBy optional */
public record Step(String description, LocalDate dueBy) {

    public Step {
        description = Require.text(description, "step.description");
    }
}
