package it.cartella.query.indicator;

import java.util.Set;

/**
 * The kinds of pseudonymous fact the indicator engine keeps, one per case event it listens to, with the attributes a
 * definition may filter on (besides the fields every fact has: comune, organisation, macroArea, service,
 * fundingSource). No attribute holds free text or anything that names a person.
 */
public enum FactType {
    /** {@code CaseOpened}: channel, activationMode. */
    CASE_OPENED(Set.of("channel", "activationMode")),
    /** {@code CaseManagerAssigned}. */
    CASE_MANAGER_ASSIGNED(Set.of()),
    /** {@code CaseTransferred}: the fact's Comune and organisation are the new ones; fromComune the old one. */
    CASE_TRANSFERRED(Set.of("fromComune")),
    /** {@code CaseReopened}. */
    CASE_REOPENED(Set.of()),
    /** {@code CaseClosed}: outcome, beneficiaryRating, operatorRating. */
    CASE_CLOSED(Set.of("outcome", "beneficiaryRating", "operatorRating")),
    /** {@code AssessmentRecorded}: kind, instrument, roles and organisations of the participants. */
    ASSESSMENT_RECORDED(Set.of("kind", "instrument", "roles", "organisations")),
    /** {@code TeamFormed}: roles and organisations of the members. */
    TEAM_FORMED(Set.of("roles", "organisations")),
    /** {@code TeamMeetingRecorded} (an équipe convened on the case): roles and organisations of the attendees. */
    TEAM_MEETING_HELD(Set.of("roles", "organisations")),
    /** {@code MonitoringRecorded}: step (0 for T0) and the scores per domain. */
    MONITORING_RECORDED(Set.of("step")),
    /** {@code PaisSigned}, every kind of personal plan: kind, version, signatoryRoles; the episode is the plan. */
    PLAN_SIGNED(Set.of("kind", "version", "signatoryRoles")),
    /** {@code InterventionActivated}: provider; the episode is the intervention. */
    INTERVENTION_ACTIVATED(Set.of("provider")),
    /** {@code DeliveryRecorded}. */
    DELIVERY_RECORDED(Set.of()),
    /** {@code InterventionEnded}: outcome. */
    INTERVENTION_ENDED(Set.of("outcome")),
    /** {@code ProtectedDischargeStarted} (service DIMISSIONI_PROTETTE): hospital; the episode is the discharge. */
    PROTECTED_DISCHARGE_STARTED(Set.of("hospital")),
    /** {@code HospitalDischargeRecorded}: its instant is the discharge. */
    HOSPITAL_DISCHARGE_RECORDED(Set.of()),
    /** {@code DischargeCareActivated}: its instant is when the care package became active. */
    DISCHARGE_CARE_ACTIVATED(Set.of()),
    /** {@code ReadmissionRecorded}: readmittedWithinSixMonths ("true" or "false"). */
    READMISSION_RECORDED(Set.of("readmittedWithinSixMonths")),
    /** {@code TirocinioActivated} (service TIROCINIO_INCLUSIONE_SOCIALE): host, promoter. */
    TIROCINIO_ACTIVATED(Set.of("host", "promoter")),
    /** {@code TirocinioCompleted}: outcome. */
    TIROCINIO_COMPLETED(Set.of("outcome")),
    /** {@code TirocinioInterrupted}: reason. */
    TIROCINIO_INTERRUPTED(Set.of("reason")),
    /** {@code ContactRecorded}, no case: kind, channel, sex, ageBand, sourceOrganisation; macroArea is the need. */
    CONTACT_RECORDED(Set.of("kind", "channel", "sex", "ageBand", "sourceOrganisation"));

    /** The fields every fact has, which every selector may filter on. */
    public static final Set<String> COMMON_FIELDS =
            Set.of("comune", "organisation", "macroArea", "service", "fundingSource");

    private final Set<String> attributes;

    FactType(Set<String> attributes) {
        this.attributes = attributes;
    }

    public boolean accepts(String field) {
        return COMMON_FIELDS.contains(field) || attributes.contains(field);
    }
}
