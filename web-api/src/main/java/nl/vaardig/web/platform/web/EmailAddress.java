package nl.vaardig.web.platform.web;

import java.util.regex.Pattern;

/**
 * The platform's one rule for an e-mail address a person types in (a shared contact, the address for
 * notifications, a worker invited to a team outlook): something@domain.tld without spaces, at most 254 characters.
 * Deliverability is the mail server's to find out, not ours.
 */
public final class EmailAddress {

    /** The longest address SMTP carries (RFC 5321). */
    public static final int MAX_LENGTH = 254;
    /** For {@code @Pattern} on request fields, so the API document shows the same rule. */
    public static final String REGEX = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address.length() <= MAX_LENGTH && PATTERN.matcher(address).matches();
    }
}
