package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.error.DomainException;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseSearch;
import it.cartella.query.cases.CaseStatus;

/** Which cases to list, and which page; every criterion optional. */
@Schema(description = "Case search: every criterion optional; page from 0, size 1 to 100 (default 20)")
record CaseSearchRequest(
        @Schema(description = "OPEN or CLOSED") String status,
        @Schema(description = "ISTAT code of the Comune of residence", example = "098031") String residenceComune,
        @Schema(example = "A") String macroArea,
        @Schema(example = "as-comune1") String caseManager,
        @Schema(example = "comune-098031") String owningOrganisation,
        @Schema(description = "Words matching the start of the first or last name or of the codice fiscale",
                example = "ross mar") String text,
        Integer page,
        Integer size) {

    private static final int DEFAULT_SIZE = 20;

    CaseSearch criteria() {
        FieldErrors errors = new FieldErrors();
        CaseStatus s = errors.read("status", () -> Values.optionalChoice(CaseStatus.class, status, "status"));
        errors.read("size", this::pageSize);
        errors.read("page", this::pageNumber);
        errors.rejectIfAny();
        return new CaseSearch(s, residenceComune, macroArea, caseManager, owningOrganisation,
                text == null || text.isBlank() ? null : text);
    }

    int pageSize() {
        int value = size == null ? DEFAULT_SIZE : size;
        if (value < 1 || value > CaseQueries.MAX_PAGE_SIZE) {
            throw DomainException.invalid("size", "PAGE_SIZE_OUT_OF_RANGE",
                    "La dimensione della pagina va da 1 a " + CaseQueries.MAX_PAGE_SIZE + ".",
                    "The page size goes from 1 to " + CaseQueries.MAX_PAGE_SIZE + ".");
        }
        return value;
    }

    int pageNumber() {
        int value = page == null ? 0 : page;
        if (value < 0 || (long) value * pageSize() > Integer.MAX_VALUE) {
            throw DomainException.invalid("page", "PAGE_OUT_OF_RANGE", "Numero di pagina non valido: si parte da 0.",
                    "Invalid page number: pages start at 0.");
        }
        return value;
    }
}
