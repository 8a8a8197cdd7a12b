package it.cartella.app.demo;

import it.cartella.app.cases.CaseOpening;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.app.command.CommandSender;
import it.cartella.app.command.Commands;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.command.person.CodiceFiscaleRegistry;
import it.cartella.kernel.access.SealCase;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.referral.AcceptReferral;
import it.cartella.kernel.referral.SendReferral;
import it.cartella.kernel.sharing.GrantShare;
import it.cartella.kernel.sharing.LegalBasis;
import it.cartella.kernel.sharing.SharingTerms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.CONTACT;
import static it.cartella.kernel.privacy.PersonalDataCategory.HEALTH;
import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;
import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * A handful of fictitious people taken in charge in the Ambito of Lodi and nearby, one per common situation, with
 * the sharing that shows the access rules: one case shared with the Caritas, one referred to the ASST, one sealed. The
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
                    "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1", "2025-06-30"),
            // A woman in a protected shelter after leaving a violent partner: a sealed case.
            new OpenCaseRequest("RSSMTN93D52E648E", "Martina", "Rossi", "1993-04-12", "F", "098031", "B",
                    "TERZO_SETTORE", "PROTECTION_DUTY", "comune-098031", "as-comune1", "2025-09-02"));

    private static final int LUCA = 1;
    private static final int YOUSSEF = 4;
    private static final int MARTINA = 6;

    /** The author the demo cases' events name: no person signed in to load them. */
    private static final UserId LOADER = UserId.of("demo-loader");

    private final CaseOpening caseOpening;
    private final Commands commands;
    private final CodiceFiscaleRegistry codiceFiscaleRegistry;

    DemoCases(CaseOpening caseOpening, Commands commands, CodiceFiscaleRegistry codiceFiscaleRegistry) {
        this.caseOpening = caseOpening;
        this.commands = commands;
        this.codiceFiscaleRegistry = codiceFiscaleRegistry;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public void load() {
        // Each case is opened for its own organisation, so the demo events read like real ones.
        List<CaseId> opened = CASES.stream().map(request -> caseOpening.open(request, sender(request))).toList();
        // The Caritas listening centre follows Youssef under the Ambito's convention: his situation and how to
        // reach him, not his identity.
        OpenCaseRequest youssef = CASES.get(YOUSSEF);
        sender(youssef).send(new GrantShare(ShareGrantId.newId(), opened.get(YOUSSEF), personOf(youssef),
                DemoDirectory.COMUNE_1, DemoDirectory.CARITAS,
                new SharingTerms("Accoglienza notturna e centro di ascolto", Set.of(CONTACT, SOCIAL),
                        LegalBasis.AGREEMENT, "CONV-2025-004", null),
                Instant.now().plus(Duration.ofDays(365)), UserId.of(youssef.caseManager())));
        // Luca's protected discharge: referred to the ASST, which accepted.
        OpenCaseRequest luca = CASES.get(LUCA);
        ReferralId referral = ReferralId.newId();
        sender(luca).send(new SendReferral(referral, opened.get(LUCA), personOf(luca), DemoDirectory.COMUNE_2,
                DemoDirectory.ASST, new SharingTerms("Dimissione protetta e assistenza domiciliare integrata",
                        Set.of(IDENTIFYING, HEALTH, SOCIAL), LegalBasis.PUBLIC_INTEREST, "PROT-2024-017", null),
                UserId.of(luca.caseManager())));
        commands.as(new Actor(LOADER, LOADER.value(), DemoDirectory.ASST, null, false, Set.of(Role.PARTNER_OPERATOR)),
                "demo-" + name()).send(new AcceptReferral(referral, DemoDirectory.ASST, UserId.of("op-asst")));
        OpenCaseRequest martina = CASES.get(MARTINA);
        sender(martina).send(new SealCase(opened.get(MARTINA), DemoDirectory.COMUNE_1,
                Set.of(UserId.of(martina.caseManager())), UserId.of(martina.caseManager())));
    }

    private CommandSender sender(OpenCaseRequest request) {
        return commands.as(new Actor(LOADER, LOADER.value(), OrganisationId.of(request.owningOrganisation()), null,
                false, Set.of(Role.CASE_MANAGER)), "demo-" + name());
    }

    private PersonId personOf(OpenCaseRequest request) {
        return codiceFiscaleRegistry.find(CodiceFiscale.of(request.codiceFiscale())).orElseThrow();
    }
}
