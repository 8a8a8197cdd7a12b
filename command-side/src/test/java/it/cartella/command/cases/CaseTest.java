package it.cartella.command.cases;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId PERSON = PersonId.of("person-1");
    static final HouseholdId HOUSEHOLD = HouseholdId.of("household-1");
    static final OrganisationId COMUNE_LODI = OrganisationId.of("comune-lodi");
    static final IstatCode LODI = IstatCode.of("098031");
    static final MacroArea POVERTY = MacroArea.of("A");
    static final UserId ROSSI = UserId.of("as-rossi");
    static final LocalDate OPENED = LocalDate.of(2025, 3, 3);

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static CaseOpened opened() {
        return new CaseOpened(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.SEGRETARIATO_SOCIALE,
                ActivationMode.ON_REQUEST, ROSSI, null, OPENED);
    }

    @Test
    void opensACaseForAPerson() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.SEGRETARIATO_SOCIALE,
                        ActivationMode.ON_REQUEST, ROSSI, null, OPENED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Test
    void opensAHouseholdCaseTodayWhenNoDateIsGiven() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.FLUSSO_ADI_INPS,
                        ActivationMode.ON_REQUEST, ROSSI, HOUSEHOLD, null))
                .expectEvents(new CaseOpened(CASE, PERSON, COMUNE_LODI, LODI, POVERTY,
                        AccessChannel.FLUSSO_ADI_INPS, ActivationMode.ON_REQUEST, ROSSI, HOUSEHOLD,
                        Require.today()));
    }

    @Test
    void refusesAnOpeningDateInTheFuture() {
        assertThatThrownBy(() -> new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY,
                AccessChannel.PUA, ActivationMode.PROTECTION_DUTY, ROSSI, null, Require.today().plusDays(1)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "DATE_IN_FUTURE")
                .hasFieldOrPropertyWithValue("field", "openedOn");
    }

    @Test
    void refusesACaseWithoutCaseManager() {
        assertThatThrownBy(() -> new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY,
                AccessChannel.PUA, ActivationMode.PROTECTION_DUTY, null))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "REQUIRED")
                .hasFieldOrPropertyWithValue("field", "caseManager");
    }
}
