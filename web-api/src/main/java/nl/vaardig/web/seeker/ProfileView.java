package nl.vaardig.web.seeker;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The job seeker's own profile as the editor shows it: skills with labels in Dutch and English, and its version. */
public record ProfileView(UUID id, long version, String region, Hours hours, Concept occupation, List<Skill> skills) {

    public record Hours(int min, int max) {
    }

    /**
     * An ESCO concept with its labels (English falls back to Dutch and the other way round). {@code labelNlLanguage}
     * is "en" when no Dutch label exists (so {@code labelNl} is English); {@code labelNlDerived} when the Dutch label
     * is derived, not the ESCO name (the editor marks it "afgeleid").
     */
    public record Concept(String uri, String labelNl, String labelNlLanguage, boolean labelNlDerived, String labelEn) {
    }

    /** The labels as in {@link Concept}. */
    public record Skill(String uri, String labelNl, String labelNlLanguage, boolean labelNlDerived, String labelEn,
                        String level, String evidence, boolean doesIt,
                        boolean canDoIt, boolean wantsToLearn, boolean givesEnergy, String proofText, String proofUrl) {
    }

    /** One consent record: active while {@code withdrawnAt} is empty; withdrawn records stay as history. */
    public record ConsentRecord(UUID id, String kind, Set<String> regions, Instant givenAt, Instant withdrawnAt,
                                String wordingVersion, boolean active) {
    }

    /** The consent screen's state: the wording version in force and every record, newest first. */
    public record Consents(String wordingVersion, List<ConsentRecord> items) {
    }
}
