package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.AssignCaseManager;
import it.cartella.kernel.cases.CloseCase;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.cases.DomainScore;
import it.cartella.kernel.cases.FormTeam;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.RecordAssessment;
import it.cartella.kernel.cases.RecordMonitoring;
import it.cartella.kernel.cases.RecordNote;
import it.cartella.kernel.cases.RecordTeamMeeting;
import it.cartella.kernel.cases.ReopenCase;
import it.cartella.kernel.cases.TransferCase;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the commands on a case. Dates, codes and ids are read as text and converted field by field, so that
 * one answer lists every mistake; each record builds the kernel's command, whose own rules are checked last.
 */
public final class CaseCommandRequests {

    private CaseCommandRequests() {
    }

    @Schema(description = "Gives the case to a case manager")
    public record AssignCaseManagerRequest(@Schema(example = "as-comune2") String caseManager) {
        AssignCaseManager command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            UserId manager = errors.read("caseManager", () -> Values.of(caseManager, "caseManager", UserId::of));
            return errors.build(() -> new AssignCaseManager(caseId, manager));
        }
    }

    @Schema(description = "A multidimensional assessment already carried out")
    public record RecordAssessmentRequest(
            @Schema(description = "ANALISI_PRELIMINARE, QUADRO_DI_ANALISI, EVM_UVM or OTHER",
                    example = "ANALISI_PRELIMINARE") String kind,
            @Schema(example = "Analisi Preliminare GePI") String instrument,
            @Schema(format = "date", example = "2025-02-10") String assessedOn,
            @Schema(description = "The outcome in words (health data)") String result,
            List<ParticipantRequest> participants) {
        RecordAssessment command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            AssessmentKind k = errors.read("kind", () -> Values.choice(AssessmentKind.class, kind, "kind"));
            LocalDate on = errors.read("assessedOn", () -> Values.date(assessedOn, "assessedOn"));
            List<Participant> people = ParticipantRequest.read(errors, "participants", participants);
            return errors.build(() -> new RecordAssessment(caseId, k, instrument, on, result, people));
        }
    }

    @Schema(description = "The team's members, replacing the previous ones")
    public record FormTeamRequest(List<ParticipantRequest> members) {
        FormTeam command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            List<Participant> people = ParticipantRequest.read(errors, "members", members);
            return errors.build(() -> new FormTeam(caseId, people));
        }
    }

    @Schema(description = "A meeting of the case's team")
    public record RecordTeamMeetingRequest(@Schema(format = "date", example = "2025-02-20") String heldOn,
                                    List<ParticipantRequest> attendees, String decisions) {
        RecordTeamMeeting command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("heldOn", () -> Values.date(heldOn, "heldOn"));
            List<Participant> people = ParticipantRequest.read(errors, "attendees", attendees);
            return errors.build(() -> new RecordTeamMeeting(caseId, on, people, decisions));
        }
    }

    @Schema(description = "A score in one life domain, 0 to 100")
    public record ScoreRequest(@Schema(example = "LAVORO") String domain, @Schema(example = "40") Integer score) {
    }

    @Schema(description = "Monitoring point T{step}: T0 is the baseline")
    public record RecordMonitoringRequest(@Schema(example = "0") Integer step,
                                   @Schema(format = "date", example = "2025-03-01") String monitoredOn,
                                   List<ScoreRequest> scores, String notes) {
        RecordMonitoring command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            Integer t = errors.read("step", () -> Values.required(step, "step"));
            LocalDate on = errors.read("monitoredOn", () -> Values.date(monitoredOn, "monitoredOn"));
            List<DomainScore> domainScores = errors.readList("scores", scores, (s, prefix) -> errors.read(prefix,
                    () -> new DomainScore(s.domain(), Values.required(s.score(), "score"))));
            return errors.build(() -> new RecordMonitoring(caseId, t, on, domainScores, notes));
        }
    }

    @Schema(description = "A diary note")
    public record RecordNoteRequest(@Schema(format = "date", example = "2025-02-12") String notedOn, String text) {
        RecordNote command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("notedOn", () -> Values.date(notedOn, "notedOn"));
            return errors.build(() -> new RecordNote(caseId, on, text));
        }
    }

    @Schema(description = "Closes the case with an outcome of the catalogue and both ratings")
    public record CloseCaseRequest(@Schema(example = "CONCLUSO_POSITIVAMENTE") String outcome,
                            @Schema(description = "POSITIVE, PARTIAL, NEGATIVE or NOT_EXPRESSED") String beneficiaryRating,
                            @Schema(example = "POSITIVE") String operatorRating,
                            @Schema(format = "date") String closedOn, String notes) {
        CloseCase command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            OutcomeCode code = errors.read("outcome", () -> Values.of(outcome, "outcome", OutcomeCode::of));
            ClosureRating beneficiary = errors.read("beneficiaryRating",
                    () -> Values.choice(ClosureRating.class, beneficiaryRating, "beneficiaryRating"));
            ClosureRating operator = errors.read("operatorRating",
                    () -> Values.choice(ClosureRating.class, operatorRating, "operatorRating"));
            LocalDate on = errors.read("closedOn", () -> Values.date(closedOn, "closedOn"));
            return errors.build(() -> new CloseCase(caseId, code, beneficiary, operator, on, notes));
        }
    }

    @Schema(description = "Reopens a closed case")
    public record ReopenCaseRequest(@Schema(format = "date") String reopenedOn, String reason) {
        ReopenCase command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("reopenedOn", () -> Values.date(reopenedOn, "reopenedOn"));
            return errors.build(() -> new ReopenCase(caseId, on, reason));
        }
    }

    @Schema(description = "Hands the case over to another organisation or Comune of residence")
    public record TransferCaseRequest(@Schema(example = "comune-098019") String toOrganisation,
                               @Schema(example = "098019") String toResidenceComune,
                               @Schema(description = "Optional: the receiver may assign one later") String newCaseManager,
                               @Schema(format = "date") String transferredOn) {
        TransferCase command(CaseId caseId) {
            FieldErrors errors = new FieldErrors();
            OrganisationId to = errors.read("toOrganisation",
                    () -> Values.of(toOrganisation, "toOrganisation", OrganisationId::of));
            IstatCode comune = errors.read("toResidenceComune",
                    () -> Values.comune(toResidenceComune, "toResidenceComune"));
            UserId manager = errors.read("newCaseManager",
                    () -> Values.optional(newCaseManager, "newCaseManager", UserId::of));
            LocalDate on = errors.read("transferredOn", () -> Values.date(transferredOn, "transferredOn"));
            return errors.build(() -> new TransferCase(caseId, to, comune, manager, on));
        }
    }
}
