package nl.vaardig.web.taxonomy;

import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;

/** A skill URI that someone sent, checked against the loaded ESCO taxonomy: the one check every form with skills makes. */
public final class KnownSkills {

    private KnownSkills() {
    }

    /** The skill, or null when the text is no skill URI or the taxonomy does not know it. */
    public static SkillUri find(TaxonomyRuntime taxonomy, String uri) {
        if (uri == null) {
            return null;
        }
        try {
            SkillUri skill = new SkillUri(uri.strip());
            return taxonomy.taxonomy().skill(skill).isPresent() ? skill : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
