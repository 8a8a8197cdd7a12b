package it.cartella.query.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a person is in a case, from its file. */
final class CaseRoles {

    private CaseRoles() {
    }

    static List<String> of(CaseFile file, String personId, Set<String> householdMembers) {
        List<String> roles = new ArrayList<>();
        add(roles, personId.equals(file.personId), "BENEFICIARY");
        add(roles, householdMembers.contains(personId), "HOUSEHOLD_MEMBER");
        add(roles, file.plans.stream().anyMatch(p -> personId.equals(p.beneficiary)), "PLAN_BENEFICIARY");
        add(roles, file.plans.stream().flatMap(p -> p.commitments.stream())
                .anyMatch(c -> c.member() != null && personId.equals(c.member().value())), "COMMITTED");
        add(roles, file.interventions.stream().anyMatch(i -> personId.equals(i.beneficiary)),
                "INTERVENTION_BENEFICIARY");
        add(roles, file.tirocini.stream().anyMatch(t -> personId.equals(t.trainee)), "TRAINEE");
        add(roles, file.discharges.stream().anyMatch(d -> personId.equals(d.patient)), "PATIENT");
        return roles;
    }

    private static void add(List<String> roles, boolean holds, String role) {
        if (holds) {
            roles.add(role);
        }
    }
}
