package it.cartella.app.contacts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.contact.AgeBand;
import it.cartella.kernel.contact.ContactKind;
import it.cartella.kernel.contact.LinkContact;
import it.cartella.kernel.contact.RecordContact;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;

@RestController
@RequestMapping(path = "/api/contacts", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contacts", description = "Accesses and referrals, countable before anyone is identified")
public class ContactController {

    private final Commands commands;
    private final AggregateFacts facts;

    ContactController(Commands commands, AggregateFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping
    @Operation(summary = "Record an access or a referral, identified or not")
    public Mono<ResponseEntity<ContactRef>> record(@RequestBody RecordContactRequest request, ServerWebExchange exchange) {
        return commands.run(exchange, request, ContactRef.class, sender -> {
            ContactId contactId = ContactId.newId();
            RecordContact command = request.command(contactId);
            if (command.person() != null) {
                facts.requirePerson(command.person(), "personId");
            }
            sender.send(command);
            return CommandAnswer.created("/api/contacts/" + contactId.value(), new ContactRef(contactId.value()));
        });
    }

    @PostMapping("/{contactId}/link")
    @Operation(summary = "Link the contact to the person it concerned and, once opened, to their case")
    public Mono<ResponseEntity<ContactRef>> link(@PathVariable String contactId, @RequestBody LinkContactRequest request,
                                          ServerWebExchange exchange) {
        return commands.run(exchange, request, ContactRef.class, sender -> {
            ContactId id = ContactId.of(contactId);
            LinkContact command = request.command(id);
            facts.requirePerson(command.person(), "personId");
            if (command.caseId() != null) {
                facts.openedCase(command.caseId());
            }
            sender.send(command);
            return CommandAnswer.ok("/api/contacts/" + id.value(), new ContactRef(id.value()));
        });
    }

    public record ContactRef(String contactId) {
    }

    @Schema(description = "An access or referral. Without personId only pseudonymous facts are kept, and no summary")
    public record RecordContactRequest(
            @Schema(description = "ACCESS or REFERRAL", example = "ACCESS") String kind,
            @Schema(example = "SEGRETARIATO_SOCIALE") String channel,
            @Schema(example = "comune-098031") String receivingOrganisation,
            @Schema(description = "For a referral: who referred") String sourceOrganisation,
            @Schema(description = "ISO-8601 with offset; default now", example = "2025-01-10T09:30:00+01:00")
            String receivedAt,
            @Schema(description = "The person, when identified") String personId,
            @Schema(example = "098031") String residenceComune,
            @Schema(description = "Macro-area of the need", example = "A") String need,
            @Schema(description = "For unidentified contacts", allowableValues = {"M", "F"}) String sex,
            @Schema(description = "For unidentified contacts: MINOR, AGE_18_29, AGE_30_44, AGE_45_64, AGE_65_74, "
                    + "AGE_75_PLUS") String ageBand,
            @Schema(description = "Only with a person") String summary) {

        RecordContact command(ContactId contactId) {
            FieldErrors errors = new FieldErrors();
            ContactKind k = errors.read("kind", () -> Values.choice(ContactKind.class, kind, "kind"));
            AccessChannel c = errors.read("channel", () -> Values.choice(AccessChannel.class, channel, "channel"));
            OrganisationId receiving = errors.read("receivingOrganisation",
                    () -> Values.of(receivingOrganisation, "receivingOrganisation", OrganisationId::of));
            OrganisationId source = errors.read("sourceOrganisation",
                    () -> Values.optional(sourceOrganisation, "sourceOrganisation", OrganisationId::of));
            Instant at = errors.read("receivedAt",
                    () -> receivedAt == null ? Instant.now() : Values.instant(receivedAt, "receivedAt"));
            PersonId person = errors.read("personId", () -> Values.optional(personId, "personId", PersonId::of));
            IstatCode comune = errors.read("residenceComune",
                    () -> Values.optionalComune(residenceComune, "residenceComune"));
            MacroArea area = errors.read("need", () -> Values.optional(need, "need", MacroArea::of));
            Sex s = errors.read("sex", () -> Values.optionalChoice(Sex.class, sex, "sex"));
            AgeBand band = errors.read("ageBand", () -> Values.optionalChoice(AgeBand.class, ageBand, "ageBand"));
            return errors.build(() -> new RecordContact(contactId, k, c, receiving, source, at, person, comune, area,
                    s, band, summary));
        }
    }

    @Schema(description = "The person the contact concerned, and the case when one was opened")
    public record LinkContactRequest(String personId, String caseId) {

        LinkContact command(ContactId contactId) {
            FieldErrors errors = new FieldErrors();
            PersonId person = errors.read("personId", () -> Values.of(personId, "personId", PersonId::of));
            CaseId c = errors.read("caseId", () -> Values.optional(caseId, "caseId", CaseId::of));
            return errors.build(() -> new LinkContact(contactId, person, c));
        }
    }
}
