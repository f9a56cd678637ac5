package nl.vaardig.web.coach;

import java.util.regex.Pattern;

/**
 * The contact details a candidate chooses to share with the employer of one agreed proposal: a name, and
 * optionally an e-mail address and a phone number. Nothing else about the person ever reaches the employer.
 */
public record SharedContact(String name, String email, String phone) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 30;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");

    public SharedContact {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (name == null || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a shared contact has a name of 1 to " + MAX_NAME + " characters");
        }
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
