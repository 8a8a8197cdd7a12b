package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;

import java.time.LocalDate;
import java.util.List;

/** A result expected from an objective (<i>risultato atteso</i>), reached through steps. @param dueBy optional */
public record ExpectedResult(String description, LocalDate dueBy, List<Step> steps) {

    public ExpectedResult {
        description = Require.text(description, "expectedResult.description");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
