package it.cartella.app.organisation;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.OrganisationId;

/**
 * An organisation that uses Cartella or receives data from it.
 *
 * @param ambito the Ambito the organisation belongs to, named by the id of its Ufficio di Piano (itself for the
 *               Ufficio di Piano); null for an organisation outside any Ambito (a court, a regional body)
 */
public record Organisation(OrganisationId id, String name, OrganisationKind kind, OrganisationId ambito) {

    public Organisation {
        Require.present(id, "id");
        name = Require.text(name, "name");
        Require.present(kind, "kind");
    }

    /** The Ufficio di Piano of an Ambito: it coordinates the cases of the Ambito's Comuni. */
    public boolean isAmbitoOffice() {
        return kind == OrganisationKind.AMBITO;
    }
}
