package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PaisId;

import java.time.LocalDate;
import java.util.List;

/**
 * Records the signature of the pending draft, which becomes the plan in force. The beneficiary (or a legal
 * representative) and the case manager must both sign.
 */
public record SignPais(@TargetAggregate PaisId paisId, LocalDate signedOn, List<Signatory> signatories) {

    public SignPais {
        Require.present(paisId, "paisId");
        Require.past(signedOn, "signedOn");
        signatories = List.copyOf(Require.present(signatories, "signatories"));
        boolean beneficiarySide = signatories.stream().anyMatch(s ->
                s.role() == SignatoryRole.BENEFICIARY || s.role() == SignatoryRole.LEGAL_REPRESENTATIVE);
        boolean caseManager = signatories.stream().anyMatch(s -> s.role() == SignatoryRole.CASE_MANAGER);
        if (!beneficiarySide || !caseManager) {
            throw DomainException.invalid("signatories", "PAIS_SIGNATORIES_INCOMPLETE",
                    "Il piano va firmato dal beneficiario (o da chi lo rappresenta) e dal case manager.",
                    "The plan must be signed by the beneficiary (or their representative) and the case manager.");
        }
    }
}
