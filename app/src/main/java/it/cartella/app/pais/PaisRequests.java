package it.cartella.app.pais;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.pais.Commitment;
import it.cartella.kernel.pais.ExpectedResult;
import it.cartella.kernel.pais.Objective;
import it.cartella.kernel.pais.SignPais;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.SignatoryRole;
import it.cartella.kernel.pais.Step;
import it.cartella.kernel.pais.Support;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the commands on a plan, read as text and converted field by field. */
public final class PaisRequests {

    private PaisRequests() {
    }

    public record StepRequest(String description, @Schema(format = "date") String dueBy) {
    }

    public record ExpectedResultRequest(String description, @Schema(format = "date") String dueBy, List<StepRequest> steps) {
    }

    public record ObjectiveRequest(@Schema(example = "Inserimento lavorativo") String description,
                            List<ExpectedResultRequest> expectedResults) {
    }

    public record CommitmentRequest(@Schema(description = "The household member bound") String member,
                             String description,
                             @Schema(description = "Breaking it can cost the benefit") Boolean obligation,
                             @Schema(format = "date") String dueBy) {
    }

    public record SupportRequest(@Schema(description = "A service of the catalogue", example = "TIROCINIO_INCLUSIONE")
                          String service, String note) {
    }

    @Schema(description = "The whole content of the draft: each draft restates the plan")
    public record DraftPaisRequest(
            @Schema(description = "PAIS (default), PAI, PROGETTO_DI_VITA, PROGETTO_INDIVIDUALIZZATO, PATTO_EDUCATIVO")
            String kind,
            @Schema(description = "The person the plan is for; default the case's person") String beneficiary,
            List<ObjectiveRequest> objectives,
            List<CommitmentRequest> commitments,
            List<SupportRequest> supports,
            @Schema(description = "ISO dates of the planned monitoring") List<String> monitoringDates) {

        Content read(FieldErrors errors) {
            List<Objective> o = errors.readList("objectives", objectives, (item, prefix) -> errors.read(prefix,
                    () -> new Objective(item.description(), expectedResults(errors, prefix, item.expectedResults()))));
            List<Commitment> c = errors.readList("commitments", commitments, (item, prefix) -> errors.read(prefix,
                    () -> new Commitment(Values.of(item.member(), "member", PersonId::of), item.description(),
                            Boolean.TRUE.equals(item.obligation()), Values.optionalDate(item.dueBy(), "dueBy"))));
            List<Support> s = errors.readList("supports", supports, (item, prefix) -> errors.read(prefix,
                    () -> new Support(Values.of(item.service(), "service", ServiceCode::of), item.note())));
            List<LocalDate> dates = errors.readList("monitoringDates", monitoringDates,
                    (item, prefix) -> errors.read(prefix, () -> Values.date(item, prefix)));
            return new Content(o, c, s, dates);
        }

        private static List<ExpectedResult> expectedResults(FieldErrors errors, String prefix,
                                                            List<ExpectedResultRequest> results) {
            return errors.readList(prefix + ".expectedResults", results, (r, at) -> errors.read(at,
                    () -> new ExpectedResult(r.description(), Values.optionalDate(r.dueBy(), "dueBy"),
                            errors.readList(at + ".steps", r.steps(), (step, stepAt) -> errors.read(stepAt,
                                    () -> new Step(step.description(), Values.optionalDate(step.dueBy(), "dueBy")))))));
        }
    }

    public record Content(List<Objective> objectives, List<Commitment> commitments, List<Support> supports,
                   List<LocalDate> monitoringDates) {
    }

    public record SignatoryRequest(
            @Schema(description = "BENEFICIARY, HOUSEHOLD_MEMBER, LEGAL_REPRESENTATIVE, CASE_MANAGER or PROFESSIONAL")
            String role,
            @Schema(description = "For persons of the record") String personId,
            @Schema(description = "For professionals") String user) {
    }

    @Schema(description = "The signature of the pending draft, by the beneficiary side and the case manager")
    public record SignPaisRequest(@Schema(format = "date") String signedOn, List<SignatoryRequest> signatories) {

        SignPais command(PaisId paisId) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("signedOn", () -> Values.date(signedOn, "signedOn"));
            List<Signatory> who = errors.readList("signatories", signatories, (s, prefix) -> errors.read(prefix,
                    () -> new Signatory(Values.choice(SignatoryRole.class, s.role(), "role"),
                            Values.optional(s.personId(), "personId", PersonId::of),
                            Values.optional(s.user(), "user", UserId::of))));
            return errors.build(() -> new SignPais(paisId, on, who));
        }
    }
}
