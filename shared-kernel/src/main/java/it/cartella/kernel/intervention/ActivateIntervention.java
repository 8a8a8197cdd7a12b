package it.cartella.kernel.intervention;

import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/**
 * Activates an intervention of the service catalogue for the person of a case. The start may lie ahead.
 * What is planned is hours (home care, educational support), an amount of money (a contribution, a voucher), or
 * both; money paid to a person is ECONOMIC data, hours of service are pseudonymous measures.
 *
 * @param provider     the organisation delivering it (a Comune, the Azienda, an accredited cooperative)
 * @param plannedEnd   optional: many services run until ended
 * @param plannedHours optional, with or instead of {@code plannedAmount}
 * @param plannedAmount euro, optional, with or instead of {@code plannedHours}
 */
public record ActivateIntervention(
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

    public ActivateIntervention {
        Require.present(interventionId, "interventionId");
        Require.present(caseId, "caseId");
        Require.present(beneficiary, "beneficiary");
        Require.present(service, "service");
        Require.present(provider, "provider");
        Require.present(funding, "funding");
        Require.present(start, "start");
        Require.notBefore(plannedEnd, start, "plannedEnd", "END_BEFORE_START",
                "La fine non può precedere l'inizio.", "The end cannot precede the start.");
        plannedHours = Require.amount(plannedHours, "plannedHours");
        plannedAmount = Require.amount(plannedAmount, "plannedAmount");
        if (plannedHours == null && plannedAmount == null) {
            throw DomainException.invalid("plannedHours", "PLANNED_QUANTITY_REQUIRED",
                    "Indicare le ore o l'importo previsti.", "Give the planned hours or amount.");
        }
    }
}
