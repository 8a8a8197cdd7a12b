package it.cartella.kernel.tirocinio;

import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/** A traineeship was activated. The indemnity is not checked: after erasure it reads back empty. */
public record TirocinioActivated(
        TirocinioId tirocinioId,
        CaseId caseId,
        @DataSubject PersonId trainee,
        OrganisationId promoter,
        OrganisationId hostOrganisation,
        String hostTutor,
        UserId serviceTutor,
        LocalDate start,
        LocalDate plannedEnd,
        int weeklyHours,
        @PersonalData(ECONOMIC) BigDecimal monthlyIndemnity,
        FundingSource indemnityFunding) {

    public TirocinioActivated {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(caseId, "caseId");
        Require.present(trainee, "trainee");
        Require.present(start, "start");
        Require.present(plannedEnd, "plannedEnd");
        monthlyIndemnity = Require.amount(monthlyIndemnity, "monthlyIndemnity");
    }
}
