package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;

import java.util.List;

/** A general objective of the plan (<i>obiettivo generale</i>) and the results expected from it. */
public record Objective(String description, List<ExpectedResult> expectedResults) {

    public Objective {
        description = Require.text(description, "objective.description");
        expectedResults = expectedResults == null ? List.of() : List.copyOf(expectedResults);
    }
}
