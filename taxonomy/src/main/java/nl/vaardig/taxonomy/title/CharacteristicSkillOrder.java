package nl.vaardig.taxonomy.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * An occupation's skills in the order a person should see them when choosing from them: essential before optional,
 * and within each the most characteristic first, i.e. by {@link Taxonomy#specificity} (few other occupations list
 * the skill), ties in ESCO's order. "Zorgplannen opstellen" says more about a woonbegeleider than "in teamverband
 * werken", which hundreds of occupations share.
 */
public final class CharacteristicSkillOrder {

    private CharacteristicSkillOrder() {
    }

    public static List<LinkedSkill> of(Taxonomy taxonomy, OccupationUri occupation) {
        var skills = new ArrayList<>(taxonomy.skillsOf(occupation));
        skills.sort(Comparator.comparing(LinkedSkill::relation)
                .thenComparing(Comparator.comparingDouble((LinkedSkill ls) -> taxonomy.specificity(ls.skill())).reversed()));
        return List.copyOf(skills);
    }
}
