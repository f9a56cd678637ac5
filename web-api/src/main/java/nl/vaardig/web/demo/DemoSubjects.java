package nl.vaardig.web.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A stable, pseudonymous subject per account, as Keycloak issues (a UUID, not the username), so
 * nothing downstream comes to rely on readable subjects.
 */
public final class DemoSubjects {

    private DemoSubjects() {
    }

    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("vaardig-local:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
