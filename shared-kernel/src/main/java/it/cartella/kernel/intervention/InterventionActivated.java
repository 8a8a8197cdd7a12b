package it.cartella.kernel.intervention;

import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/** An intervention was activated. The amount is not checked: after erasure it reads back empty. */
public record InterventionActivated(
        InterventionId interventionId,
        CaseId caseId,
        @DataSubject PersonId beneficiary,
        ServiceCode service,
        OrganisationId provider,
        FundingSource funding,
        LocalDate start,
        LocalDate plannedEnd,
        BigDecimal plannedHours,
        @PersonalData(ECONOMIC) BigDecimal plannedAmount) {

    public InterventionActivated {
        Require.present(interventionId, "interventionId");
        Require.present(caseId, "caseId");
        Require.present(beneficiary, "beneficiary");
        Require.present(service, "service");
        Require.present(provider, "provider");
        Require.present(funding, "funding");
        Require.present(start, "start");
        plannedHours = Require.amount(plannedHours, "plannedHours");
        plannedAmount = Require.amount(plannedAmount, "plannedAmount");
    }
}
