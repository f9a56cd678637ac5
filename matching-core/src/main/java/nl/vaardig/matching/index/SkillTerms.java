package nl.vaardig.matching.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Skill ordinals as index terms (base 36, short). Ordinals belong to one taxonomy instance, so the index records a
 * fingerprint of the skill list it was built with and refuses to open under another one (the index is a derived
 * store: rebuild it).
 */
public final class SkillTerms {

    public static final String FINGERPRINT_KEY = "vaardig.skills.fingerprint";

    private SkillTerms() {
    }

    public static String term(int ordinal) {
        return Integer.toString(ordinal, Character.MAX_RADIX);
    }

    public static String fingerprint(Taxonomy taxonomy) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(taxonomy.version().id().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < taxonomy.skillCount(); i++) {
                sha.update((byte) '\n');
                sha.update(taxonomy.skillAt(i).uri().value().getBytes(StandardCharsets.UTF_8));
            }
            return taxonomy.version().id() + ":" + HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
