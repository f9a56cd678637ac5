package nl.vaardig.local.oidc;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A stable, pseudonymous subject per configured account, as Keycloak issues (a UUID, not the username), so
 * nothing downstream comes to rely on readable subjects. web-api's demo seeding computes the same subject
 * ({@code nl.vaardig.web.demo.DemoSubjects}, which cannot see this module); a web-api test keeps the two equal.
 */
public final class LocalSubjects {

    private LocalSubjects() {
    }

    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("vaardig-local:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
