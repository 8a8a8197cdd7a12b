package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/cases}. Every field is read as text and converted by {@link CaseIntake}, so
 * that one answer lists every mistake instead of the first one the JSON reader trips on.
 */
@Schema(description = "A person taken in charge and the case opened for them: either a registered person, by "
        + "personId, or the person's data (codiceFiscale, firstName, lastName, birthDate, sex) to register them")
public record OpenCaseRequest(
        @Schema(description = "A person already registered (POST /api/persons); then omit the person's data")
        String personId,
        @Schema(description = "Codice fiscale of the person", example = "BNCGLI87C54E648T")
        String codiceFiscale,
        @Schema(example = "Giulia")
        String firstName,
        @Schema(example = "Bianchi")
        String lastName,
        @Schema(description = "ISO-8601 date, not in the future; must match the codice fiscale", format = "date",
                example = "1987-03-14")
        String birthDate,
        @Schema(description = "As in the codice fiscale", allowableValues = {"M", "F"}, example = "F")
        String sex,
        @Schema(description = "ISTAT code of the Comune of residence", example = "098031",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String residenceComune,
        @Schema(description = "Macro-area of the regional guidelines: A, B, D-L except F", example = "A",
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
        String openedOn,
        @Schema(description = "For a household case: the household (POST /api/households) the person belongs to")
        String householdId) {

    /** A case for a person to register, as the demo data and the first version of this request had it. */
    public OpenCaseRequest(String codiceFiscale, String firstName, String lastName, String birthDate, String sex,
                           String residenceComune, String macroArea, String channel, String activationMode,
                           String owningOrganisation, String caseManager, String openedOn) {
        this(null, codiceFiscale, firstName, lastName, birthDate, sex, residenceComune, macroArea, channel,
                activationMode, owningOrganisation, caseManager, openedOn, null);
    }
}
