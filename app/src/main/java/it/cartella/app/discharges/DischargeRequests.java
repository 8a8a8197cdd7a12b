package it.cartella.app.discharges;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.discharge.ActivateDischargeCare;
import it.cartella.kernel.discharge.RecordHospitalDischarge;
import it.cartella.kernel.discharge.RecordReadmission;
import it.cartella.kernel.discharge.StartProtectedDischarge;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the commands on a protected discharge, read as text and converted field by field. */
public final class DischargeRequests {

    private DischargeRequests() {
    }

    @Schema(description = "A hospital's referral for a protected discharge")
    public record StartRequest(
            String caseId,
            @Schema(description = "Default the case's person; for a household case, the member discharged")
            String patient,
            @Schema(example = "asst-lodi") String hospital,
            @Schema(description = "Health data", example = "Medicina generale") String ward,
            @Schema(format = "date") String admittedOn,
            @Schema(format = "date") String expectedDischargeOn,
            @Schema(description = "ISO-8601 with offset; default now") String referredAt) {

        StartProtectedDischarge command(FieldErrors errors, DischargeId id, CaseOpened opened) {
            PersonId person = errors.read("patient", () -> patient == null ? opened.personId()
                    : Values.of(patient, "patient", PersonId::of));
            OrganisationId h = errors.read("hospital", () -> Values.of(hospital, "hospital", OrganisationId::of));
            LocalDate admitted = errors.read("admittedOn", () -> Values.date(admittedOn, "admittedOn"));
            LocalDate expected = errors.read("expectedDischargeOn",
                    () -> Values.date(expectedDischargeOn, "expectedDischargeOn"));
            Instant at = errors.read("referredAt",
                    () -> referredAt == null ? Instant.now() : Values.instant(referredAt, "referredAt"));
            return errors.build(() -> new StartProtectedDischarge(id, opened.caseId(), person, h, ward, admitted,
                    expected, at));
        }
    }

    @Schema(description = "When the patient actually left hospital")
    public record HospitalDischargeRequest(@Schema(example = "2025-03-05T11:00:00+01:00") String dischargedAt) {
        RecordHospitalDischarge command(DischargeId id) {
            FieldErrors errors = new FieldErrors();
            Instant at = errors.read("dischargedAt", () -> Values.instant(dischargedAt, "dischargedAt"));
            return errors.build(() -> new RecordHospitalDischarge(id, at));
        }
    }

    @Schema(description = "The care package in place: its interventions (activated first) and since when")
    public record CareRequest(List<String> interventions,
                       @Schema(example = "2025-03-06T09:00:00+01:00") String activeSince) {
        ActivateDischargeCare command(DischargeId id) {
            FieldErrors errors = new FieldErrors();
            List<InterventionId> ids = errors.readList("interventions", interventions,
                    (item, prefix) -> errors.read(prefix, () -> Values.of(item, prefix, InterventionId::of)));
            Instant at = errors.read("activeSince", () -> Values.instant(activeSince, "activeSince"));
            return errors.build(() -> new ActivateDischargeCare(id, ids, at));
        }
    }

    @Schema(description = "The readmission check; readmittedOn only when the patient went back to hospital")
    public record ReadmissionRequest(@Schema(format = "date") String checkedOn, @Schema(format = "date") String readmittedOn) {
        RecordReadmission command(DischargeId id) {
            FieldErrors errors = new FieldErrors();
            LocalDate checked = errors.read("checkedOn", () -> Values.date(checkedOn, "checkedOn"));
            LocalDate readmitted = errors.read("readmittedOn", () -> Values.optionalDate(readmittedOn, "readmittedOn"));
            return errors.build(() -> new RecordReadmission(id, checked, readmitted));
        }
    }
}
