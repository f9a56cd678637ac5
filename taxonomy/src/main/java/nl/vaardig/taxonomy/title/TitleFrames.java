package nl.vaardig.taxonomy.title;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The readings of a national title frame that names several roles: "⟨rol⟩ / ⟨rol⟩" is each role, and in
 * "Bedrijfsleider / ondernemer groot- en tussenhandel" the branch after the last role belongs to every role
 * ("Bedrijfsleider groot- en tussenhandel", "ondernemer groot- en tussenhandel"). The title as written is always
 * the first reading. Only a slash between words of three or more letters separates roles, so "m/v" and
 * "1e/2e graads" stay as they are (the normaliser removes them).
 */
final class TitleFrames {

    private static final Pattern ROLE_SLASH = Pattern.compile("(?<=\\p{L}{3})\\s*/\\s*(?=\\p{L}{3})");

    private TitleFrames() {
    }

    static List<String> readings(String title) {
        var out = new LinkedHashSet<String>();
        out.add(title);
        String[] parts = ROLE_SLASH.split(title);
        if (parts.length < 2) {
            return List.copyOf(out);
        }
        String[] last = parts[parts.length - 1].strip().split("\\s+", 2);
        String sharedTail = last.length == 2 ? last[1] : "";
        var roles = new ArrayList<String>();
        for (int i = 0; i < parts.length; i++) {
            String role = parts[i].strip();
            boolean oneWord = role.indexOf(' ') < 0;
            roles.add(i < parts.length - 1 && oneWord && !sharedTail.isEmpty() ? role + " " + sharedTail : role);
        }
        out.addAll(roles);
        return List.copyOf(out);
    }
}
