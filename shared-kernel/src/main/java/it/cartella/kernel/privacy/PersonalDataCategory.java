package it.cartella.kernel.privacy;

/**
 * The categories of personal data a field can hold. Share grants name categories; a recipient sees only
 * the fields of the categories granted. HEALTH is GDPR art. 9, JUDICIAL art. 10; SEALED_VIOLENCE covers
 * gender violence, trafficking and protected shelters and is shown only to the sealed team.
 */
public enum PersonalDataCategory {
    IDENTIFYING,
    CONTACT,
    ECONOMIC,
    SOCIAL,
    HEALTH,
    JUDICIAL,
    SEALED_VIOLENCE
}
