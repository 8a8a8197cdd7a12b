package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;

/** The aggregate a clock belongs to, by kind and identifier. */
public record DeadlineOwner(OwnerType type, String id) {

    public DeadlineOwner {
        Require.present(type, "owner.type");
        Require.present(id, "owner.id");
    }
}
