package nl.vaardig.web.candidate;

import java.util.Objects;
import java.util.regex.Pattern;
import nl.vaardig.web.platform.web.EmailAddress;

/**
 * What a candidate chose to tell the employer on accepting an invitation or agreeing to a coach's proposal: a name,
 * and optionally an e-mail address and a phone number; nothing else about the person reaches the employer. One rule
 * set for both ways in. Checked again here (the request is validated first) so no malformed contact ever reaches a
 * table.
 */
public record SharedContact(String name, String email, String phone) {

    public static final int MAX_NAME = 120;
    /** 8 to 15 digits, optionally a leading + and single spaces or dashes between the digits */
    public static final String PHONE_REGEX = "\\+?[0-9]([ -]?[0-9]){7,14}";
    private static final Pattern PHONE = Pattern.compile(PHONE_REGEX);

    public SharedContact {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a shared name has 1 to " + MAX_NAME + " characters");
        }
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (email != null && !EmailAddress.isValid(email)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (phone != null && !isPhoneNumber(phone)) {
            throw new IllegalArgumentException("not a phone number");
        }
    }

    public static boolean isPhoneNumber(String phone) {
        return PHONE.matcher(phone).matches();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
