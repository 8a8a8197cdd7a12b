package it.cartella.app.demo;

import it.cartella.app.organisation.Agreement;
import it.cartella.app.organisation.AgreementKind;
import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationKind;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.user.Role;
import it.cartella.app.user.UserAccount;
import it.cartella.app.user.UserRegistry;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.CONTACT;
import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;
import static it.cartella.kernel.privacy.PersonalDataCategory.HEALTH;
import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;
import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * The demo Ambito of Lodi: its Ufficio di Piano, three Comuni, the ASST, the Caritas and a social cooperative, the
 * agreements between them, and one user per role, all with the password {@value #PASSWORD}.
 */
public class DemoDirectory implements DemoDataSet {

    public static final String PASSWORD = "demo";

    public static final OrganisationId UDP = OrganisationId.of("udp-lodi");
    public static final OrganisationId COMUNE_1 = OrganisationId.of("comune-098031");
    public static final OrganisationId COMUNE_2 = OrganisationId.of("comune-098019");
    public static final OrganisationId COMUNE_3 = OrganisationId.of("comune-098010");
    public static final OrganisationId ASST = OrganisationId.of("asst-lodi");
    public static final OrganisationId CARITAS = OrganisationId.of("caritas-lodi");
    public static final OrganisationId COOPERATIVE = OrganisationId.of("coop-il-mosaico");

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation(UDP, "Ufficio di Piano dell'Ambito di Lodi", OrganisationKind.AMBITO, UDP),
            new Organisation(COMUNE_1, "Comune di Lodi", OrganisationKind.COMUNE, UDP),
            new Organisation(COMUNE_2, "Comune di Codogno", OrganisationKind.COMUNE, UDP),
            new Organisation(COMUNE_3, "Comune di Casalpusterlengo", OrganisationKind.COMUNE, UDP),
            new Organisation(ASST, "ASST di Lodi", OrganisationKind.ASST, UDP),
            new Organisation(CARITAS, "Caritas Lodigiana", OrganisationKind.CARITAS, UDP),
            new Organisation(COOPERATIVE, "Cooperativa sociale Il Mosaico", OrganisationKind.ETS, UDP));

    static final List<Agreement> AGREEMENTS = List.of(
            new Agreement("PROT-2024-017", AgreementKind.PROTOCOL, List.of(UDP, COMUNE_1, COMUNE_2, COMUNE_3, ASST),
                    "Integrazione socio-sanitaria: dimissioni protette, valutazione multidimensionale",
                    Set.of(IDENTIFYING, CONTACT, SOCIAL, HEALTH), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
            new Agreement("CONV-2025-004", AgreementKind.CONVENTION, List.of(UDP, COMUNE_1, COMUNE_2, COMUNE_3, CARITAS),
                    "Contrasto alla grave emarginazione adulta: centro di ascolto e accoglienza notturna",
                    Set.of(IDENTIFYING, CONTACT, SOCIAL), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)),
            new Agreement("DPA-2025-011", AgreementKind.DATA_PROCESSING_AGREEMENT, List.of(UDP, COOPERATIVE),
                    "Servizio di assistenza domiciliare per conto dei Comuni dell'Ambito",
                    Set.of(IDENTIFYING, CONTACT, SOCIAL, HEALTH, ECONOMIC), LocalDate.of(2025, 1, 1), null));

    /** Demo users: username, id, organisation, role. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("as.comune1", "as-comune1", COMUNE_1, Role.CASE_MANAGER),
            new DemoUser("as.comune2", "as-comune2", COMUNE_2, Role.CASE_MANAGER),
            new DemoUser("coord.udp", "coord-udp", UDP, Role.COORDINATOR),
            new DemoUser("op.asst", "op-asst", ASST, Role.PARTNER_OPERATOR),
            new DemoUser("op.caritas", "op-caritas", CARITAS, Role.PARTNER_OPERATOR),
            new DemoUser("auditor", "auditor", UDP, Role.AUDITOR),
            new DemoUser("analista", "analista", UDP, Role.ANALYST),
            new DemoUser("dpo", "dpo", UDP, Role.DPO),
            new DemoUser("admin", "admin", UDP, Role.ADMIN));

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final OrganisationRegistry organisations;
    private final UserRegistry users;
    private final PasswordEncoder passwordEncoder;

    public DemoDirectory(OrganisationRegistry organisations, UserRegistry users, PasswordEncoder passwordEncoder) {
        this.organisations = organisations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public void load() {
        ORGANISATIONS.forEach(o -> organisations.save(o).block());
        AGREEMENTS.forEach(a -> organisations.save(a).block());
        USERS.forEach(u -> users.save(new UserAccount(UserId.of(u.id()), u.username(), u.organisation(),
                Set.of(u.role()), passwordEncoder.encode(PASSWORD), true)).block());
    }

    /** Printed at every demo start, so whoever tries the demo knows how to sign in. */
    public static void announce() {
        StringBuilder table = new StringBuilder("Demo users, password '" + PASSWORD + "':");
        USERS.forEach(u -> table.append(String.format("%n  %-11s %-17s %s", u.username(), u.role(),
                u.organisation().value())));
        log.info("{}", table);
    }

    record DemoUser(String username, String id, OrganisationId organisation, Role role) {
    }
}
