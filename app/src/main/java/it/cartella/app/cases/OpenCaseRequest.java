package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/cases}. Every field is read as text and converted by {@link CaseIntakeForm}, so
 * that one answer lists every mistake instead of the first one the JSON reader trips on.
 */
@Schema(description = "A person taken in charge and the case opened for them")
public record OpenCaseRequest(
        @Schema(description = "Codice fiscale of the person", example = "BNCGLI87C54E648T",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String codiceFiscale,
        @Schema(example = "Giulia", requiredMode = Schema.RequiredMode.REQUIRED)
        String firstName,
        @Schema(example = "Bianchi", requiredMode = Schema.RequiredMode.REQUIRED)
        String lastName,
        @Schema(description = "ISO-8601 date, not in the future; must match the codice fiscale", format = "date",
                example = "1987-03-14", requiredMode = Schema.RequiredMode.REQUIRED)
        String birthDate,
        @Schema(description = "As in the codice fiscale", allowableValues = {"M", "F"}, example = "F",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String sex,
        @Schema(description = "ISTAT code of the Comune of residence", example = "098031",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String residenceComune,
        @Schema(description = "Macro-area of the regional guidelines (A, B, D-L)", example = "A",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String macroArea,
        @Schema(description = "Access channel", example = "SEGRETARIATO_SOCIALE",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String channel,
        @Schema(description = "ON_REQUEST (default) or PROTECTION_DUTY", example = "ON_REQUEST")
        String activationMode,
        @Schema(description = "Organisation taking the person in charge", example = "comune-098031",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String owningOrganisation,
        @Schema(description = "User id of the case manager", example = "as-comune1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String caseManager,
        @Schema(description = "Day the person was taken in charge, ISO-8601, not in the future; default today "
                + "(an earlier day records a case already followed on paper)", format = "date", example = "2025-02-03")
        String openedOn) {
}
