package it.cartella.query.timeline;

import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.NoteRecorded;
import it.cartella.kernel.cases.TeamFormed;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.contact.ContactLinked;
import it.cartella.kernel.contact.ContactRecorded;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.household.HouseholdMemberAdded;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.household.IseeRecorded;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.referral.ReferralClosed;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioAttendanceRecorded;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * One readable line per event of a case's history, in Italian and English. Built from the events' pseudonymous
 * facts only (codes, dates, counts, organisations): a note's text, an assessment's result or a ward never appear in
 * a summary, so the timeline can be shown to anyone allowed to see the case's course without its content.
 */
public final class EventSummaries {

    private static final DateTimeFormatter IT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter IT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));

    private EventSummaries() {
    }

    public static Summary of(Object event) {
        if (event instanceof CaseOpened e) {
            return new Summary("Aperto il caso per macro-area " + e.macroArea().code() + " (canale "
                    + e.channel().name().replace('_', ' ') + "), dal " + it(e.openedOn()),
                    "Case opened for macro-area " + e.macroArea().code() + " (channel "
                            + e.channel().name().replace('_', ' ') + "), from " + e.openedOn());
        }
        if (event instanceof CaseManagerAssigned e) {
            return new Summary("Case manager assegnato: " + e.caseManager().value(),
                    "Case manager assigned: " + e.caseManager().value());
        }
        if (event instanceof AssessmentRecorded e) {
            return new Summary("Valutazione " + e.kind().name().replace('_', ' ') + " del " + it(e.assessedOn())
                    + " con " + e.participants().size() + " partecipanti",
                    "Assessment " + e.kind().name().replace('_', ' ') + " of " + e.assessedOn() + " with "
                            + e.participants().size() + " participants");
        }
        if (event instanceof TeamFormed e) {
            return new Summary("Équipe multidisciplinare formata: " + e.members().size() + " componenti",
                    "Multidisciplinary team formed: " + e.members().size() + " members");
        }
        if (event instanceof TeamMeetingRecorded e) {
            return new Summary("Riunione d'équipe del " + it(e.heldOn()) + " (" + e.attendees().size() + " presenti)",
                    "Team meeting of " + e.heldOn() + " (" + e.attendees().size() + " attending)");
        }
        if (event instanceof MonitoringRecorded e) {
            return new Summary("Monitoraggio T" + e.step() + " del " + it(e.monitoredOn()) + ": "
                    + e.scores().size() + " domini valutati",
                    "Monitoring T" + e.step() + " of " + e.monitoredOn() + ": " + e.scores().size()
                            + " domains scored");
        }
        if (event instanceof NoteRecorded e) {
            return new Summary("Nota di diario del " + it(e.notedOn()), "Diary note of " + e.notedOn());
        }
        if (event instanceof CaseClosed e) {
            return new Summary("Caso chiuso il " + it(e.closedOn()) + " con esito " + e.outcome().nameIt(),
                    "Case closed on " + e.closedOn() + " with outcome " + e.outcome().nameEn());
        }
        if (event instanceof CaseReopened e) {
            return new Summary("Caso riaperto il " + it(e.reopenedOn()), "Case reopened on " + e.reopenedOn());
        }
        if (event instanceof CaseTransferred e) {
            return new Summary("Caso trasferito a " + e.toOrganisation().value() + " (Comune "
                    + e.toResidenceComune().value() + ") il " + it(e.transferredOn()),
                    "Case transferred to " + e.toOrganisation().value() + " (Comune " + e.toResidenceComune().value()
                            + ") on " + e.transferredOn());
        }
        return Plans.of(event);
    }

    static String it(LocalDate date) {
        return date == null ? "?" : IT.format(date);
    }

    static String itTime(TemporalAccessor instant) {
        return IT_TIME.format(instant);
    }

    static String enTime(TemporalAccessor instant) {
        return EN_TIME.format(instant);
    }

    /** The events of the aggregates linked to a case. */
    private static final class Plans {

        static Summary of(Object event) {
            if (event instanceof PaisDrafted e) {
                return new Summary("Bozza " + e.kind().name() + " v" + e.version() + ": " + e.objectives().size()
                        + " obiettivi, " + e.supports().size() + " sostegni",
                        "Draft " + e.kind().name() + " v" + e.version() + ": " + e.objectives().size()
                                + " objectives, " + e.supports().size() + " supports");
            }
            if (event instanceof PaisSigned e) {
                return new Summary("Firmato " + e.kind().name() + " v" + e.version() + " il " + it(e.signedOn()),
                        "Signed " + e.kind().name() + " v" + e.version() + " on " + e.signedOn());
            }
            if (event instanceof InterventionActivated e) {
                return new Summary("Attivato l'intervento " + e.service().nameIt() + " (" + e.provider().value()
                        + ", " + e.funding().code() + ") dal " + it(e.start()),
                        "Intervention activated: " + e.service().nameEn() + " (" + e.provider().value() + ", "
                                + e.funding().code() + ") from " + e.start());
            }
            if (event instanceof DeliveryRecorded e) {
                return new Summary("Prestazione erogata il " + it(e.deliveredOn())
                        + (e.hours() == null ? "" : ": " + e.hours().toPlainString() + " ore"),
                        "Delivery on " + e.deliveredOn()
                                + (e.hours() == null ? "" : ": " + e.hours().toPlainString() + " hours"));
            }
            if (event instanceof InterventionEnded e) {
                return new Summary("Intervento concluso il " + it(e.endedOn()) + ": " + e.outcome().nameIt(),
                        "Intervention ended on " + e.endedOn() + ": " + e.outcome().nameEn());
            }
            return Tirocini.of(event);
        }
    }

    private static final class Tirocini {

        static Summary of(Object event) {
            if (event instanceof TirocinioActivated e) {
                return new Summary("Attivato il tirocinio presso " + e.hostOrganisation().value() + " dal "
                        + it(e.start()) + " al " + it(e.plannedEnd()) + ", " + e.weeklyHours() + " ore settimanali",
                        "Traineeship activated at " + e.hostOrganisation().value() + " from " + e.start() + " to "
                                + e.plannedEnd() + ", " + e.weeklyHours() + " hours a week");
            }
            if (event instanceof TirocinioAttendanceRecorded e) {
                return new Summary("Presenze del tirocinio di " + e.month() + ": "
                        + e.hoursAttended().toPlainString() + " ore",
                        "Traineeship attendance for " + e.month() + ": " + e.hoursAttended().toPlainString()
                                + " hours");
            }
            if (event instanceof TirocinioExtended e) {
                return new Summary("Tirocinio prorogato al " + it(e.newPlannedEnd())
                        + (e.beyond24Months() ? " (oltre 24 mesi, con motivazione)" : ""),
                        "Traineeship extended to " + e.newPlannedEnd()
                                + (e.beyond24Months() ? " (beyond 24 months, justified)" : ""));
            }
            if (event instanceof TirocinioCompleted e) {
                return new Summary("Tirocinio concluso il " + it(e.endedOn()) + " (" + e.outcome().name() + ")",
                        "Traineeship completed on " + e.endedOn() + " (" + e.outcome().name() + ")");
            }
            if (event instanceof TirocinioInterrupted e) {
                return new Summary("Tirocinio interrotto il " + it(e.interruptedOn()) + " (" + e.reason().name() + ")",
                        "Traineeship interrupted on " + e.interruptedOn() + " (" + e.reason().name() + ")");
            }
            return Discharges.of(event);
        }
    }

    private static final class Discharges {

        static Summary of(Object event) {
            if (event instanceof ProtectedDischargeStarted e) {
                return new Summary("Segnalazione di dimissione protetta da " + e.hospital().value()
                        + ": ricovero dal " + it(e.admittedOn()) + ", dimissione prevista il "
                        + it(e.expectedDischargeOn()),
                        "Protected discharge referred by " + e.hospital().value() + ": admitted on " + e.admittedOn()
                                + ", discharge expected on " + e.expectedDischargeOn());
            }
            if (event instanceof HospitalDischargeRecorded e) {
                return new Summary("Dimissione dall'ospedale il " + itTime(e.dischargedAt()),
                        "Discharged from hospital on " + enTime(e.dischargedAt()));
            }
            if (event instanceof DischargeCareActivated e) {
                return new Summary("Pacchetto di cura attivo dal " + itTime(e.activeSince()) + " ("
                        + e.interventions().size() + " interventi)",
                        "Care package active since " + enTime(e.activeSince()) + " (" + e.interventions().size()
                                + " interventions)");
            }
            if (event instanceof ReadmissionRecorded e) {
                return e.readmittedOn() == null
                        ? new Summary("Verifica del " + it(e.checkedOn()) + ": nessuna riammissione",
                        "Check of " + e.checkedOn() + ": no readmission")
                        : new Summary("Verifica del " + it(e.checkedOn()) + ": riammissione il " + it(e.readmittedOn()),
                        "Check of " + e.checkedOn() + ": readmitted on " + e.readmittedOn());
            }
            return Others.of(event);
        }
    }

    private static final class Others {

        static Summary of(Object event) {
            if (event instanceof ContactRecorded e) {
                String kind = e.kind().name().equals("REFERRAL") ? "Segnalazione" : "Accesso";
                return new Summary(kind + " ricevuto da " + e.receivingOrganisation().value() + " (canale "
                        + e.channel().name().replace('_', ' ') + ")",
                        (e.kind().name().equals("REFERRAL") ? "Referral" : "Access") + " received by "
                                + e.receivingOrganisation().value() + " (channel "
                                + e.channel().name().replace('_', ' ') + ")");
            }
            if (event instanceof ReferralClosed e) {
                return new Summary("Invio chiuso da " + e.actingOrganisation(),
                        "Referral closed by " + e.actingOrganisation());
            }
            if (event instanceof ContactLinked e) {
                return new Summary("Contatto collegato alla persona" + (e.caseId() == null ? "" : " e al caso"),
                        "Contact linked to the person" + (e.caseId() == null ? "" : " and the case"));
            }
            if (event instanceof HouseholdRegistered e) {
                return new Summary("Registrato il nucleo familiare: " + e.members().size() + " componenti ("
                        + e.compositionType().name() + ")",
                        "Household registered: " + e.members().size() + " members (" + e.compositionType().name()
                                + ")");
            }
            if (event instanceof HouseholdMemberAdded e) {
                return new Summary("Nuovo componente del nucleo (" + e.compositionType().name() + ")",
                        "New household member (" + e.compositionType().name() + ")");
            }
            if (event instanceof DeadlineMissed e) {
                return new Summary("Scadenza superata: regola " + e.ruleId() + " v" + e.ruleVersion() + ", dovuta il "
                        + it(e.dueOn()), "Deadline missed: rule " + e.ruleId() + " v" + e.ruleVersion()
                        + ", due on " + e.dueOn());
            }
            if (event instanceof IseeRecorded) {
                return new Summary("Registrato un nuovo ISEE del nucleo", "New household ISEE recorded");
            }
            String type = event.getClass().getSimpleName();
            return new Summary("Evento " + type, "Event " + type);
        }
    }
}
