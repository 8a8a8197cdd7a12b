package it.cartella.bench;

import java.util.List;

/**
 * The benchmark's event: the shape and size of {@code CaseOpened} (ids, ISTAT and service codes, dates, a free-text
 * reason), about 400 bytes of JSON. It carries no personal-data annotations on purpose: the benchmark measures the
 * storage engines, not the encryption of personal data, which costs the same whichever engine stores the result.
 */
public record CaseRecorded(
        String caseId,
        String organisationId,
        String municipalityIstatCode,
        String beneficiaryPseudonym,
        List<String> householdMemberPseudonyms,
        String macroArea,
        String serviceCode,
        String fundingSource,
        String openedBy,
        String openedOn,
        String referralSource,
        String priority,
        String reason) {
}
