package it.cartella.app.households;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.household.AddHouseholdMember;
import it.cartella.kernel.household.CompositionType;
import it.cartella.kernel.household.HouseholdMember;
import it.cartella.kernel.household.HouseholdRole;
import it.cartella.kernel.household.Isee;
import it.cartella.kernel.household.RecordIsee;
import it.cartella.kernel.household.RegisterHousehold;
import it.cartella.kernel.household.Relationship;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the commands on a household, read as text and converted field by field. */
public final class HouseholdRequests {

    private HouseholdRequests() {
    }

    @Schema(description = "A registered person of the household")
    public record MemberRequest(
            @Schema(description = "A registered person (POST /api/persons)") String personId,
            @Schema(description = "To the reference person: REFERENCE_PERSON (exactly one), SPOUSE_OR_PARTNER, "
                    + "CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER_RELATIVE, NOT_RELATED",
                    example = "REFERENCE_PERSON") String relationship,
            @Schema(description = "APPLICANT, MEMBER, CAREGIVER or LEGAL_REPRESENTATIVE", example = "APPLICANT")
            String role) {

        HouseholdMember read(FieldErrors errors, String prefix) {
            PersonId person = errors.read(prefix + ".personId", () -> Values.of(personId, "personId", PersonId::of));
            Relationship r = errors.read(prefix + ".relationship",
                    () -> Values.choice(Relationship.class, relationship, "relationship"));
            HouseholdRole h = errors.read(prefix + ".role", () -> Values.choice(HouseholdRole.class, role, "role"));
            return person == null || r == null || h == null ? null : new HouseholdMember(person, r, h);
        }
    }

    @Schema(description = "An ISEE attestation: value in euro and date of issue")
    public record IseeRequest(@Schema(example = "6500.00") BigDecimal value,
                       @Schema(format = "date", example = "2025-01-20") String issuedOn) {

        Isee read(FieldErrors errors, String prefix) {
            BigDecimal euro = errors.read(prefix + ".value", () -> Values.amount(value, "value"));
            LocalDate on = errors.read(prefix + ".issuedOn", () -> Values.date(issuedOn, "issuedOn"));
            return euro == null || on == null ? null : errors.check(() -> new Isee(euro, on));
        }
    }

    @Schema(description = "A household: its members, composition and optionally its ISEE")
    public record RegisterHouseholdRequest(
            List<MemberRequest> members,
            @Schema(description = "SINGLE_PERSON, COUPLE_WITHOUT_CHILDREN, COUPLE_WITH_CHILDREN, SINGLE_PARENT, "
                    + "EXTENDED, UNRELATED_COHABITANTS or OTHER", example = "SINGLE_PARENT") String compositionType,
            IseeRequest isee) {

        RegisterHousehold command(HouseholdId householdId) {
            FieldErrors errors = new FieldErrors();
            errors.read("members", () -> Values.required(members, "members"));
            List<HouseholdMember> converted = errors.readList("members", members, (m, prefix) -> m.read(errors, prefix));
            CompositionType composition = errors.read("compositionType",
                    () -> Values.choice(CompositionType.class, compositionType, "compositionType"));
            Isee attestation = isee == null ? null : isee.read(errors, "isee");
            return errors.build(() -> new RegisterHousehold(householdId, converted, composition, attestation));
        }
    }

    @Schema(description = "A new member (a birth, someone moving in)")
    public record AddMemberRequest(MemberRequest member,
                            @Schema(description = "The composition with the new member; omit when unchanged")
                            String compositionType) {

        AddHouseholdMember command(HouseholdId householdId) {
            FieldErrors errors = new FieldErrors();
            HouseholdMember m = errors.read("member", () -> Values.required(member, "member")) == null ? null
                    : member.read(errors, "member");
            CompositionType composition = errors.read("compositionType",
                    () -> Values.optionalChoice(CompositionType.class, compositionType, "compositionType"));
            return errors.build(() -> new AddHouseholdMember(householdId, m, composition));
        }
    }

    @Schema(description = "A newer ISEE of the household")
    public record RecordIseeRequest(IseeRequest isee) {

        RecordIsee command(HouseholdId householdId) {
            FieldErrors errors = new FieldErrors();
            Isee attestation = errors.read("isee", () -> Values.required(isee, "isee")) == null ? null
                    : isee.read(errors, "isee");
            return errors.build(() -> new RecordIsee(householdId, attestation));
        }
    }
}
