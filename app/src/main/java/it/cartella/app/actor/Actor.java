package it.cartella.app.actor;

/**
 * Who is asking: a user of an organisation. Either may be unknown (null) until login exists; an unknown organisation
 * owns nothing.
 */
public record Actor(String user, String organisation) {

    public boolean belongsTo(String owningOrganisation) {
        return organisation != null && organisation.equals(owningOrganisation);
    }
}
