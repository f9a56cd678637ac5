package nl.vaardig.web.support;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/** Reading the mails the local SMTP server received, for the tests that follow a mail to its reader. */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    /** All recipients of a mail, comma-separated ("" when it has none). */
    public static String recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? "" : String.join(",", Arrays.stream(to).map(Address::toString).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether one of the mail's recipients is exactly this address. */
    public static boolean addressedTo(MimeMessage mail, String address) {
        return Arrays.asList(recipients(mail).split(",")).contains(address);
    }

    /** The plain-text body (Vaardig's notification mails are single-part text). */
    public static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
