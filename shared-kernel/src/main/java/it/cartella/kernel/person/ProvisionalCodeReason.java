package it.cartella.kernel.person;

/**
 * Why a person is registered with a provisional code instead of a codice fiscale. The reason matters to the
 * services (an STP holder has no residence and reaches health care only through the STP code) and to data
 * quality (a person registered as UNKNOWN_IDENTITY should be identified later).
 */
public enum ProvisionalCodeReason {
    /** Foreigner without a residence permit, known by the STP code (Straniero Temporaneamente Presente). */
    STP,
    /** EU citizen not registered with the health service, known by the ENI code (Europeo Non Iscritto). */
    ENI,
    /** A codice fiscale exists or is due (a newborn, a new arrival) but is not yet known. */
    NOT_YET_ASSIGNED,
    /** The person does not or cannot disclose their identity (street outreach, emergencies, victims). */
    UNKNOWN_IDENTITY,
    OTHER
}
