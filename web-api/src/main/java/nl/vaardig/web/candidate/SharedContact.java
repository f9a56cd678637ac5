package nl.vaardig.web.candidate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a candidate chose to tell the employer on accepting an invitation or agreeing to a coach's proposal: a name,
 * and optionally an e-mail address and a phone number; nothing else about the person reaches the employer. One rule
 * set for both ways in. Checked again here (the request is validated first) so no malformed contact ever reaches a
 * table.
 */
public record SharedContact(String name, String email, String phone) {

    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 254;
    /** 8 to 15 digits, optionally a leading + and single spaces or dashes between the digits */
    public static final String PHONE_REGEX = "\\+?[0-9]([ -]?[0-9]){7,14}";
    public static final String EMAIL_REGEX = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);
    public static final Pattern PHONE = Pattern.compile(PHONE_REGEX);

    public SharedContact {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a shared name has 1 to " + MAX_NAME + " characters");
        }
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("not a phone number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
