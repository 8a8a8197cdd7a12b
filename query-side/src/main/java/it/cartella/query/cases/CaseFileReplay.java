package it.cartella.query.cases;

import it.cartella.kernel.household.HouseholdMember;
import it.cartella.kernel.household.HouseholdMemberAdded;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.PersonErased;
import it.cartella.kernel.person.PersonRegistered;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case rebuilt in memory from events, as it stood when the last of them was stored: what an auditor reads as the
 * case "as of" an instant. The file changes exactly as the projection's ({@link CaseFileChanges}); the household's
 * members and each person's identity are those recorded by then, not today's.
 * <p>
 * Feed it, in the order they were stored, the events of the case, of its plans, interventions, traineeships,
 * discharges and contacts, of its household, and of the people it concerns ({@link #people()} says whose).
 */
public final class CaseFileReplay {

    private final CaseDetail file = new CaseDetail();
    private final CaseFileChanges changes = new CaseFileChanges();
    private final Set<String> householdMembers = new LinkedHashSet<>();
    private final Map<String, Identity> identities = new HashMap<>();
    private boolean opened;

    private record Identity(String codiceFiscale, String firstName, String lastName, LocalDate birthDate, String sex) {
    }

    public CaseFileReplay(String caseId) {
        file.caseId = caseId;
    }

    public void apply(Object event) {
        if (event instanceof HouseholdRegistered e) {
            e.members().stream().map(HouseholdMember::person).forEach(p -> householdMembers.add(p.value()));
        } else if (event instanceof HouseholdMemberAdded e && e.member() != null) {
            householdMembers.add(e.member().person().value());
        } else if (event instanceof PersonRegistered e) {
            identities.put(e.personId().value(), new Identity(e.codiceFiscale() == null ? null
                    : e.codiceFiscale().value(), e.firstName(), e.lastName(), e.birthDate(), name(e.sex())));
        } else if (event instanceof PersonDataCorrected e) {
            identities.put(e.personId().value(), new Identity(e.codiceFiscale() == null ? null
                    : e.codiceFiscale().value(), e.firstName(), e.lastName(), e.birthDate(), name(e.sex())));
        } else if (event instanceof PersonErased e) {
            Identity before = identities.get(e.personId().value());
            identities.put(e.personId().value(), new Identity(PersonErased.ERASED, PersonErased.ERASED,
                    PersonErased.ERASED, null, before == null ? null : before.sex()));
        } else {
            opened |= changes.apply(file, event) && file.openedOn != null;
        }
    }

    /** Whether the case had been opened by then. */
    public boolean opened() {
        return opened;
    }

    /** The people the case concerned by then: whose events to feed in as well. */
    public Set<String> people() {
        Set<String> everyone = new LinkedHashSet<>(file.involved);
        everyone.addAll(householdMembers);
        return everyone;
    }

    /** The whole file as it stood, with its people as then recorded and what was due from that day. */
    public CaseDetail detail(LocalDate day) {
        file.involved = people();
        file.people = file.involved.stream().map(id -> {
            Identity identity = identities.getOrDefault(id, new Identity(null, null, null, null, null));
            return new CaseDetail.PersonInCase(id, CaseRoles.of(file, id, householdMembers), identity.codiceFiscale(),
                    identity.firstName(), identity.lastName(), identity.birthDate(), identity.sex());
        }).collect(Collectors.toList());
        file.nextDueDates = DueDates.of(file, day);
        return file;
    }

    /** The case's summary as it stood, as the case list shows a case. */
    public CaseView summary() {
        Identity person = identities.getOrDefault(file.personId, new Identity(null, null, null, null, null));
        return new CaseView(file.caseId, file.personId, person.codiceFiscale(), person.firstName(), person.lastName(),
                person.birthDate(), person.sex(), file.residenceComune, file.owningOrganisation, file.macroArea,
                file.channel, file.activationMode, file.caseManager, file.householdId, file.openedOn, file.status,
                file.closure == null ? null : file.closure.closedOn());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
