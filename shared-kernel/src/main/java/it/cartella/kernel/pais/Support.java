package it.cartella.kernel.pais;

import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.command.Require;

/**
 * A support (<i>sostegno</i>) the plan provides: a service of the catalogue, activated later as an intervention.
 *
 * @param note optional detail (frequency, provider preferred)
 */
public record Support(ServiceCode service, String note) {

    public Support {
        Require.present(service, "support.service");
        note = Require.optionalText(note, "support.note");
    }
}
