package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;

import java.util.regex.Pattern;

/**
 * How to reach a person: every part optional. Messages carry it as one field of category CONTACT, so a share
 * grant either includes all of it or none.
 *
 * @param phone   a telephone number, digits with optional leading '+' and separators
 * @param email   an e-mail address
 * @param address the domicile or postal address, free text (it may differ from the registered residence)
 */
public record ContactDetails(String phone, String email, String address) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./-]{4,24}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public ContactDetails {
        phone = Require.optionalText(phone, "contactDetails.phone");
        email = Require.optionalText(email, "contactDetails.email");
        address = Require.optionalText(address, "contactDetails.address");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw DomainException.invalid("contactDetails.phone", "PHONE_INVALID",
                    "Numero di telefono non valido.", "Invalid telephone number.");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("contactDetails.email", "EMAIL_INVALID",
                    "Indirizzo e-mail non valido.", "Invalid e-mail address.");
        }
    }
}
