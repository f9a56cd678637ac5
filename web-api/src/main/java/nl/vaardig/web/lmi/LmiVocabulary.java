package nl.vaardig.web.lmi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.IscoGroup;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.LabourMarketRegion;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.web.taxonomy.DutchLabelSource;
import nl.vaardig.web.taxonomy.LabelView;
import org.springframework.stereotype.Component;

/** Names for what the aggregates count: regions, skills, skill groups, occupations, ISCO groups. */
@Component
public class LmiVocabulary {

    private final Taxonomy taxonomy;
    private final Map<String, String> regionNames = new java.util.TreeMap<>();
    private final Map<String, List<String>> groupsOfSkill = new ConcurrentHashMap<>();

    LmiVocabulary(TaxonomyRuntime runtime) {
        this.taxonomy = runtime.taxonomy();
        for (LabourMarketRegion r : LabourMarketRegions.shipped().all()) {
            regionNames.put(r.code().value().toUpperCase(Locale.ROOT), r.name());
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The 35 arbeidsmarktregio codes (AM01 …) with their names, in code order. */
    public Map<String, String> regions() {
        return regionNames;
    }

    public boolean isRegion(String code) {
        return code != null && regionNames.containsKey(code);
    }

    /** The direct skill groups of a skill (ESCO broader groups). */
    public List<String> skillGroups(String skillUri) {
        return groupsOfSkill.computeIfAbsent(skillUri, uri -> {
            try {
                return taxonomy.broaderGroups(new SkillUri(uri)).stream().map(SkillGroupUri::value).toList();
            } catch (IllegalArgumentException unknown) {
                return List.of();
            }
        });
    }

    /** Which keys of a dimension belong to a sector (ISCO major group) or to the skills of an ESCO occupation. */
    public java.util.function.Predicate<String> filter(Dimension d, String sector, String occupation) {
        java.util.function.Predicate<String> out = key -> true;
        if (sector != null && !sector.isBlank()) {
            if (!sector.matches("[0-9]")) {
                throw new IllegalArgumentException("a sector is an ISCO major group: one digit 0-9");
            }
            if (d == Dimension.ISCO) {
                out = out.and(key -> key.startsWith(sector));
            } else if (d == Dimension.OCCUPATION) {
                out = out.and(key -> {
                    try {
                        return taxonomy.occupation(new OccupationUri(key)).map(o -> o.iscoCode() != null && o.iscoCode().startsWith(sector)).orElse(false);
                    } catch (IllegalArgumentException notAUri) {
                        return false;
                    }
                });
            }
        }
        if (occupation != null && !occupation.isBlank() && (d == Dimension.SKILL)) {
            java.util.Set<String> skills = new java.util.HashSet<>();
            OccupationUri uri = new OccupationUri(occupation);
            taxonomy.essentialSkills(uri).forEach(s -> skills.add(s.value()));
            taxonomy.optionalSkills(uri).forEach(s -> skills.add(s.value()));
            out = out.and(skills::contains);
        }
        return out;
    }

    /** Label of a dimension value in the language asked for (falls back to the key). */
    public String label(Dimension dimension, String key, Locale language) {
        return labelView(dimension, key, language).label();
    }

    /** The label with its language and whether it is derived; a key the taxonomy does not know is its own label. */
    public LabelView labelView(Dimension dimension, String key, Locale language) {
        if (dimension == Dimension.ALL) {
            return new LabelView(Dimension.ALL_KEY, language.getLanguage(), false);
        }
        return resolved(dimension, key, language).map(LabelView::of)
                .orElseGet(() -> new LabelView(dimension == Dimension.ISCO ? "ISCO " + key : key, "en", false));
    }

    /** What an export writes for a dimension value: Dutch and English label, and where the Dutch one comes from. */
    public record ExportNames(String dutch, String english, DutchLabelSource source) {
    }

    public ExportNames exportNames(Dimension dimension, String key) {
        Locale dutch = Locale.of("nl");
        Optional<ResolvedLabel> nl = dimension == Dimension.ALL ? Optional.empty() : resolved(dimension, key, dutch);
        return new ExportNames(labelView(dimension, key, dutch).label(), labelView(dimension, key, Locale.ENGLISH).label(),
                nl.map(DutchLabelSource::of).orElse(DutchLabelSource.NONE));
    }

    private Optional<ResolvedLabel> resolved(Dimension dimension, String key, Locale language) {
        try {
            return switch (dimension) {
                case ALL -> Optional.empty();
                case SKILL -> taxonomy.skill(new SkillUri(key)).map(s -> s.label(language));
                case SKILL_GROUP -> taxonomy.skillGroup(new SkillGroupUri(key)).map(g -> g.labels().preferred(language));
                case OCCUPATION -> taxonomy.occupation(new OccupationUri(key)).map(o -> o.label(language));
                case ISCO -> taxonomy.iscoGroupByCode(key).map((IscoGroup g) -> g.labels().preferred(language));
            };
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }
}
