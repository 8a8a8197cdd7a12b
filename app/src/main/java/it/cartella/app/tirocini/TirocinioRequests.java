package it.cartella.app.tirocini;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.tirocinio.ActivateTirocinio;
import it.cartella.kernel.tirocinio.CompleteTirocinio;
import it.cartella.kernel.tirocinio.ExtendTirocinio;
import it.cartella.kernel.tirocinio.InterruptTirocinio;
import it.cartella.kernel.tirocinio.InterruptionReason;
import it.cartella.kernel.tirocinio.RecordTirocinioAttendance;
import it.cartella.kernel.tirocinio.TirocinioOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** The bodies of the commands on a traineeship, read as text and converted field by field. */
public final class TirocinioRequests {

    private TirocinioRequests() {
    }

    @Schema(description = "A social-inclusion traineeship of at most 24 months")
    public record ActivateTirocinioRequest(
            String caseId,
            @Schema(description = "Default the case's person") String trainee,
            @Schema(example = "ambito-lodi") String promoter,
            @Schema(example = "coop-il-sentiero") String hostOrganisation,
            @Schema(description = "Tutor at the host, name and role", example = "Marta Galli, responsabile")
            String hostTutor,
            @Schema(example = "as-comune1") String serviceTutor,
            @Schema(format = "date") String start,
            @Schema(format = "date") String plannedEnd,
            @Schema(example = "20") Integer weeklyHours,
            @Schema(description = "Euro per month; 0 when none", example = "400") BigDecimal monthlyIndemnity,
            @Schema(description = "Required with an indemnity", example = "QSFP") String indemnityFunding) {

        ActivateTirocinio command(FieldErrors errors, TirocinioId id, CaseOpened opened) {
            PersonId person = errors.read("trainee", () -> trainee == null ? opened.personId()
                    : Values.of(trainee, "trainee", PersonId::of));
            OrganisationId p = errors.read("promoter", () -> Values.of(promoter, "promoter", OrganisationId::of));
            OrganisationId host = errors.read("hostOrganisation",
                    () -> Values.of(hostOrganisation, "hostOrganisation", OrganisationId::of));
            UserId tutor = errors.read("serviceTutor", () -> Values.optional(serviceTutor, "serviceTutor", UserId::of));
            LocalDate from = errors.read("start", () -> Values.date(start, "start"));
            LocalDate to = errors.read("plannedEnd", () -> Values.date(plannedEnd, "plannedEnd"));
            Integer hours = errors.read("weeklyHours", () -> Values.required(weeklyHours, "weeklyHours"));
            FundingSource funding = errors.read("indemnityFunding",
                    () -> Values.optional(indemnityFunding, "indemnityFunding", FundingSource::of));
            return errors.build(() -> new ActivateTirocinio(id, opened.caseId(), person, p, host, hostTutor, tutor,
                    from, to, hours, monthlyIndemnity, funding));
        }
    }

    @Schema(description = "A month's attendance; recording a month again corrects it")
    public record AttendanceRequest(@Schema(example = "2025-03") String month, BigDecimal hoursAttended,
                             @Schema(description = "Euro; omit when not paid yet") BigDecimal indemnityPaid) {
        RecordTirocinioAttendance command(TirocinioId id) {
            FieldErrors errors = new FieldErrors();
            YearMonth m = errors.read("month", () -> Values.month(month, "month"));
            return errors.build(() -> new RecordTirocinioAttendance(id, m, hoursAttended, indemnityPaid));
        }
    }

    @Schema(description = "A later planned end; beyond 24 months from the start a justification is required")
    public record ExtensionRequest(@Schema(format = "date") String newPlannedEnd, String justification) {
        ExtendTirocinio command(TirocinioId id) {
            FieldErrors errors = new FieldErrors();
            LocalDate to = errors.read("newPlannedEnd", () -> Values.date(newPlannedEnd, "newPlannedEnd"));
            return errors.build(() -> new ExtendTirocinio(id, to, justification));
        }
    }

    @Schema(description = "The end of a traineeship that ran its course: COMPLETED or HIRED")
    public record CompletionRequest(@Schema(format = "date") String endedOn, String outcome) {
        CompleteTirocinio command(TirocinioId id) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("endedOn", () -> Values.date(endedOn, "endedOn"));
            TirocinioOutcome o = errors.read("outcome", () -> Values.choice(TirocinioOutcome.class, outcome, "outcome"));
            return errors.build(() -> new CompleteTirocinio(id, on, o));
        }
    }

    @Schema(description = "An early stop: TRAINEE_WITHDREW, PERSONAL_CIRCUMSTANCES, HOST_WITHDREW, NON_COMPLIANCE, OTHER")
    public record InterruptionRequest(@Schema(format = "date") String interruptedOn, String reason, String note) {
        InterruptTirocinio command(TirocinioId id) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("interruptedOn", () -> Values.date(interruptedOn, "interruptedOn"));
            InterruptionReason r = errors.read("reason",
                    () -> Values.choice(InterruptionReason.class, reason, "reason"));
            return errors.build(() -> new InterruptTirocinio(id, on, r, note));
        }
    }
}
