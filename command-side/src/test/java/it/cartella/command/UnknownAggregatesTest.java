package it.cartella.command;

import it.cartella.command.cases.Case;
import it.cartella.command.pais.Pais;
import it.cartella.kernel.cases.RecordNote;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.pais.SignPais;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.SignatoryRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.command.DomainErrors.expectRefused;

class UnknownAggregatesTest {

    @Test
    void aCommandForAnUnknownCaseIsANotFoundDomainError() {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
        fixture.registerCommandHandlerInterceptor(new UnknownAggregates());

        expectRefused(fixture.givenNoPriorActivity()
                        .when(new RecordNote(CaseId.of("no-such-case"), LocalDate.of(2025, 1, 1), "nota")),
                DomainException.Kind.NOT_FOUND, "CASE_NOT_FOUND");
    }

    @Test
    void theCodeNamesTheKindOfRecord() {
        AggregateTestFixture<Pais> fixture = new AggregateTestFixture<>(Pais.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
        fixture.registerCommandHandlerInterceptor(new UnknownAggregates());

        expectRefused(fixture.givenNoPriorActivity()
                        .when(new SignPais(PaisId.of("no-such-plan"), LocalDate.of(2025, 1, 1), List.of(
                                Signatory.person(SignatoryRole.BENEFICIARY, PersonId.of("p")),
                                Signatory.professional(SignatoryRole.CASE_MANAGER, UserId.of("u"))))),
                DomainException.Kind.NOT_FOUND, "PAIS_NOT_FOUND");
    }
}
