package it.cartella.kernel.tirocinio;

import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
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

/**
 * Activates a social-inclusion traineeship (TIS) for the person of a case. The start may lie ahead. A first
 * activation may not exceed 24 months: a longer traineeship is an extension, which must be justified.
 * <p>
 * The 24 months are counted on this traineeship; earlier traineeships of the same person are for the caller to
 * weigh, since the aggregate sees only itself.
 *
 * @param promoter         the organisation promoting the traineeship (the Ambito or an accredited ETS)
 * @param hostOrganisation where the trainee works (<i>ente ospitante</i>)
 * @param hostTutor        the tutor at the host, by name and role: a contact of the host, not the trainee's data
 * @param serviceTutor     the social-service operator following the traineeship; optional
 * @param monthlyIndemnity euro per month (<i>indennità di partecipazione</i>); zero when none is paid
 * @param indemnityFunding the fund paying the indemnity; required when an indemnity is paid
 */
public record ActivateTirocinio(
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

    public ActivateTirocinio {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(caseId, "caseId");
        Require.present(trainee, "trainee");
        Require.present(promoter, "promoter");
        Require.present(hostOrganisation, "hostOrganisation");
        hostTutor = Require.text(hostTutor, "hostTutor");
        Require.present(start, "start");
        Require.present(plannedEnd, "plannedEnd");
        TirocinioRules.requireEndAfterStart(start, plannedEnd, "plannedEnd");
        if (TirocinioRules.over24Months(start, plannedEnd)) {
            throw TirocinioRules.over24MonthsError("plannedEnd");
        }
        if (weeklyHours < 1 || weeklyHours > 40) {
            throw DomainException.invalid("weeklyHours", "WEEKLY_HOURS_OUT_OF_RANGE",
                    "Le ore settimanali vanno da 1 a 40.", "Weekly hours range from 1 to 40.");
        }
        monthlyIndemnity = Require.amount(Require.present(monthlyIndemnity, "monthlyIndemnity"), "monthlyIndemnity");
        if (monthlyIndemnity.signum() > 0) {
            Require.present(indemnityFunding, "indemnityFunding");
        }
    }
}
