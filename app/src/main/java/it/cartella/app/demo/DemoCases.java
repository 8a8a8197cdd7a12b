package it.cartella.app.demo;

import it.cartella.app.cases.CaseOpening;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.app.command.Commands;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;

import java.util.List;
import java.util.Set;

/**
 * A handful of fictitious people taken in charge in the Ambito of Lodi and nearby, one per common situation. The
 * codici fiscali are computed from the fictitious names and dates, so they pass every check a real one does.
 */
class DemoCases implements DemoDataSet {

    private static final List<OpenCaseRequest> CASES = List.of(
            // A mother of two on the Assegno di Inclusione, sent by INPS after signing the PAD.
            new OpenCaseRequest("BNCGLI87C54E648T", "Giulia", "Bianchi", "1987-03-14", "F", "098031", "A",
                    "FLUSSO_ADI_INPS", "ON_REQUEST", "comune-098031", "as-comune1", "2025-01-15"),
            // An older man living alone, discharged from hospital with a care package.
            new OpenCaseRequest("FRRLCU52S02F205Z", "Luca", "Ferrari", "1952-11-02", "M", "098019", "E",
                    "OSPEDALE_COT", "ON_REQUEST", "comune-098019", "as-comune2", "2025-03-04"),
            // A frail elderly woman needing home care, referred through the joint access point.
            new OpenCaseRequest("SPSNNA41H63C816T", "Anna", "Esposito", "1941-06-23", "F", "098019", "D",
                    "PUA", "ON_REQUEST", "comune-098019", "as-comune2", "2025-03-20"),
            // A minor under a court mandate: child protection.
            new OpenCaseRequest("CLMMRC09P05E648U", "Marco", "Colombo", "2009-09-05", "M", "098031", "G",
                    "AUTORITA_GIUDIZIARIA", "PROTECTION_DUTY", "comune-098031", "as-comune1", "2024-11-08"),
            // A homeless man met by Caritas's listening centre.
            new OpenCaseRequest("LMRYSF90A30Z330X", "Youssef", "El Amrani", "1990-01-30", "M", "098031", "A",
                    "CARITAS", "ON_REQUEST", "comune-098031", "as-comune1", "2025-05-12"),
            // A woman looking for work and housing, at the Comune's first-access desk.
            new OpenCaseRequest("KVLLNO78L59Z138S", "Olena", "Kovalenko", "1978-07-19", "F", "098031", "H",
                    "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1", "2025-06-30"));

    /** The author the demo cases' events name: no person signed in to load them. */
    private static final UserId LOADER = UserId.of("demo-loader");

    private final CaseOpening caseOpening;
    private final Commands commands;

    DemoCases(CaseOpening caseOpening, Commands commands) {
        this.caseOpening = caseOpening;
        this.commands = commands;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public void load() {
        // Each case is opened for its own organisation, so the demo events read like real ones.
        CASES.forEach(request -> caseOpening.open(request, commands.as(new Actor(LOADER, LOADER.value(),
                OrganisationId.of(request.owningOrganisation()), null, false, Set.of(Role.CASE_MANAGER)),
                "demo-" + name())));
    }
}
