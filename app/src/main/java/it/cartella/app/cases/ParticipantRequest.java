package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.ProfessionalRole;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;

import java.util.List;

@Schema(description = "A professional taking part: role and organisation, and the user when they use Cartella")
public record ParticipantRequest(
        @Schema(example = "ASSISTENTE_SOCIALE", requiredMode = Schema.RequiredMode.REQUIRED) String role,
        @Schema(example = "comune-098031", requiredMode = Schema.RequiredMode.REQUIRED) String organisation,
        @Schema(example = "as-comune1") String user) {

    static List<Participant> read(FieldErrors errors, String field, List<ParticipantRequest> participants) {
        return errors.readList(field, participants, (p, prefix) -> {
            ProfessionalRole role = errors.read(prefix + ".role",
                    () -> Values.choice(ProfessionalRole.class, p.role(), "role"));
            OrganisationId organisation = errors.read(prefix + ".organisation",
                    () -> Values.of(p.organisation(), "organisation", OrganisationId::of));
            UserId user = errors.read(prefix + ".user", () -> Values.optional(p.user(), "user", UserId::of));
            return role == null || organisation == null ? null : new Participant(role, organisation, user);
        });
    }
}
