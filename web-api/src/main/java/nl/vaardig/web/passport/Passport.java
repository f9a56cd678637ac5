package nl.vaardig.web.passport;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The skills passport (Digitaal Skills Paspoort): what the person can (confirmed skills with level and evidence,
 * grouped by the ESCO skill group they belong to), what they want to learn and what gives them energy. The same
 * model feeds the page, the PDF and every share; nothing in it names the profile id or the account.
 */
public record Passport(String holderName, Label occupation, String region, List<Group> groups,
                       List<Label> wantsToLearn, List<Label> givesEnergy, Instant madeAt) {

    public Passport {
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(madeAt, "madeAt");
        groups = List.copyOf(groups);
        wantsToLearn = List.copyOf(wantsToLearn);
        givesEnergy = List.copyOf(givesEnergy);
    }

    /** A concept's Dutch label; {@code labelLanguage} "en" when ESCO has no Dutch one, {@code derived} when not the ESCO name. */
    public record Label(String uri, String label, String labelLanguage, boolean derived) {
        public Label {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(label, "label");
        }
    }

    /** Skills of one ESCO skill group (the level just below the pillar), named in Dutch. */
    public record Group(String label, List<Skill> skills) {
        public Group {
            Objects.requireNonNull(label, "label");
            skills = List.copyOf(skills);
        }
    }

    /** A confirmed skill: the person does it or can do it, at a level, with where the claim comes from and proof. */
    public record Skill(Label skill, String level, String evidence, String proofText, String proofUrl,
                        boolean doesIt, boolean givesEnergy) {
        public Skill {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    public int skillCount() {
        return groups.stream().mapToInt(g -> g.skills().size()).sum();
    }
}
