package nl.vaardig.web.passport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.text.Collator;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.web.seeker.ProfileView;
import nl.vaardig.web.taxonomy.LabelView;
import org.springframework.stereotype.Component;

/**
 * Builds the passport from the profile as its owner entered it. Confirmed = the person does it or can do it; such
 * skills are grouped under the ESCO skill group just below the pillar root (e.g. "communicatie, samenwerking en
 * creativiteit"), found through the skill's own broader groups, so the grouping is ESCO's, not a list of ours.
 */
@Component
class PassportAssembler {

    static final String OTHER_GROUP = "Overige vaardigheden";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final TaxonomyRuntime taxonomy;
    private final Map<SkillGroupUri, Optional<SkillGroupUri>> topGroups = new java.util.concurrent.ConcurrentHashMap<>();

    PassportAssembler(TaxonomyRuntime taxonomy) {
        this.taxonomy = taxonomy;
    }

    Passport assemble(String holderName, ProfileView profile, Instant now) {
        Taxonomy esco = taxonomy.taxonomy();
        Map<String, List<Passport.Skill>> byGroup = new HashMap<>();
        List<Passport.Label> learn = new ArrayList<>();
        List<Passport.Label> energy = new ArrayList<>();
        for (ProfileView.Skill s : profile.skills()) {
            Passport.Label label = new Passport.Label(s.uri(), s.labelNl(), s.labelNlLanguage(), s.labelNlDerived());
            if (s.doesIt() || s.canDoIt()) {
                byGroup.computeIfAbsent(groupLabel(esco, new SkillUri(s.uri())), k -> new ArrayList<>())
                        .add(new Passport.Skill(label, s.level(), s.evidence(), s.proofText(), s.proofUrl(), s.doesIt(),
                                s.givesEnergy()));
            }
            if (s.wantsToLearn()) {
                learn.add(label);
            }
            if (s.givesEnergy()) {
                energy.add(label);
            }
        }
        Collator dutch = Collator.getInstance(DUTCH);
        Comparator<Passport.Label> byLabel = Comparator.comparing(Passport.Label::label, dutch);
        List<Passport.Group> groups = new ArrayList<>();
        byGroup.entrySet().stream()
                // the largest groups first; "other" last whatever its size
                .sorted(Comparator.<Map.Entry<String, List<Passport.Skill>>, Boolean>comparing(e -> OTHER_GROUP.equals(e.getKey()))
                        .thenComparing(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey, dutch))
                .forEach(e -> groups.add(new Passport.Group(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(Passport.Skill::skill, byLabel)).toList())));
        learn.sort(byLabel);
        energy.sort(byLabel);
        Passport.Label occupation = profile.occupation() == null ? null : new Passport.Label(profile.occupation().uri(),
                profile.occupation().labelNl(), profile.occupation().labelNlLanguage(), profile.occupation().labelNlDerived());
        return new Passport(holderName, occupation, profile.region(), groups, learn, energy, now);
    }

    private String groupLabel(Taxonomy esco, SkillUri skill) {
        for (SkillGroupUri group : esco.ancestorGroups(skill)) {
            Optional<SkillGroupUri> top = topGroups.computeIfAbsent(group, g -> belowRoot(esco, g));
            if (top.isPresent()) {
                return LabelView.of(esco, top.get(), DUTCH).label();
            }
        }
        return OTHER_GROUP;
    }

    /** The group itself when its broader group is a pillar root, else the first such group above it. */
    private static Optional<SkillGroupUri> belowRoot(Taxonomy esco, SkillGroupUri group) {
        Map<SkillGroupUri, Boolean> seen = new LinkedHashMap<>();
        List<SkillGroupUri> frontier = List.of(group);
        while (!frontier.isEmpty()) {
            List<SkillGroupUri> next = new ArrayList<>();
            for (SkillGroupUri g : frontier) {
                if (seen.put(g, true) != null) {
                    continue;
                }
                List<SkillGroupUri> up = esco.broaderGroups(g);
                if (!up.isEmpty() && up.stream().allMatch(u -> esco.broaderGroups(u).isEmpty())) {
                    return Optional.of(g);
                }
                next.addAll(up);
            }
            frontier = next;
        }
        return Optional.empty();
    }
}
