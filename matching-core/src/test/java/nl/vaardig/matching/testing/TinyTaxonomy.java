package nl.vaardig.matching.testing;

import java.util.Locale;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/** A hand-made taxonomy small enough to reason about every score in a test. */
public final class TinyTaxonomy {

    public static final SkillUri JAVA = skill("java");
    public static final SkillUri SQL = skill("sql");
    public static final SkillUri PYTHON = skill("python");
    public static final SkillUri PROGRAMMING = skill("programming");
    public static final SkillUri COMMUNICATE = skill("communicate");
    public static final SkillUri TEAMWORK = skill("teamwork");
    public static final SkillUri NURSING_CARE = skill("nursing-care");
    public static final SkillUri WOUND_CARE = skill("wound-care");
    public static final SkillUri MEDICATION = skill("administer-medication");
    public static final SkillUri TEACH_MATH = skill("teach-math");
    public static final SkillUri CLASSROOM = skill("classroom-management");

    public static final OccupationUri DEVELOPER = occupation("developer");
    public static final OccupationUri NURSE = occupation("nurse");
    public static final OccupationUri TEACHER = occupation("teacher");
    public static final OccupationUri DATA_ANALYST = occupation("data-analyst");

    private TinyTaxonomy() {
    }

    public static Taxonomy build() {
        var b = Taxonomy.builder(TaxonomyVersion.esco("0.0.1-test"));
        sector(b, JAVA, "Java", "Java");
        sector(b, SQL, "SQL", "SQL");
        sector(b, PYTHON, "Python", "Python");
        b.skill(PROGRAMMING, SkillType.SKILL_COMPETENCE, ReuseLevel.CROSS_SECTOR).labels(PROGRAMMING, en("computer programming"));
        b.skill(COMMUNICATE, SkillType.SKILL_COMPETENCE, ReuseLevel.TRANSVERSAL)
                .labels(COMMUNICATE, en("communicate")).labels(COMMUNICATE, LanguageLabels.of(Locale.of("nl"), "communiceren"));
        b.skill(TEAMWORK, SkillType.SKILL_COMPETENCE, ReuseLevel.TRANSVERSAL).labels(TEAMWORK, en("work in teams"));
        sector(b, NURSING_CARE, "nursing care", "verpleegkundige zorg");
        b.skill(WOUND_CARE, SkillType.SKILL_COMPETENCE, ReuseLevel.OCCUPATION_SPECIFIC).labels(WOUND_CARE, en("wound care"));
        sector(b, MEDICATION, "administer medication", "medicatie toedienen");
        sector(b, TEACH_MATH, "teach mathematics", "wiskunde onderwijzen");
        sector(b, CLASSROOM, "classroom management", "klassenmanagement");
        b.broader(JAVA, PROGRAMMING).broader(PYTHON, PROGRAMMING);
        b.broader(WOUND_CARE, NURSING_CARE);
        b.skillSkill(SQL, PYTHON, RelationType.OPTIONAL);
        occ(b, DEVELOPER, "2512", "software developer", "softwareontwikkelaar");
        b.occupationSkill(DEVELOPER, JAVA, RelationType.ESSENTIAL).occupationSkill(DEVELOPER, SQL, RelationType.ESSENTIAL)
                .occupationSkill(DEVELOPER, COMMUNICATE, RelationType.OPTIONAL);
        occ(b, DATA_ANALYST, "2511", "data analyst", "data-analist");
        b.occupationSkill(DATA_ANALYST, PYTHON, RelationType.ESSENTIAL).occupationSkill(DATA_ANALYST, SQL, RelationType.ESSENTIAL)
                .occupationSkill(DATA_ANALYST, COMMUNICATE, RelationType.ESSENTIAL);
        occ(b, NURSE, "2221", "nurse", "verpleegkundige");
        b.occupationSkill(NURSE, NURSING_CARE, RelationType.ESSENTIAL).occupationSkill(NURSE, MEDICATION, RelationType.ESSENTIAL)
                .occupationSkill(NURSE, WOUND_CARE, RelationType.OPTIONAL).occupationSkill(NURSE, COMMUNICATE, RelationType.ESSENTIAL)
                .occupationSkill(NURSE, TEAMWORK, RelationType.OPTIONAL);
        occ(b, TEACHER, "2330", "mathematics teacher", "wiskundedocent");
        b.occupationSkill(TEACHER, TEACH_MATH, RelationType.ESSENTIAL).occupationSkill(TEACHER, CLASSROOM, RelationType.ESSENTIAL)
                .occupationSkill(TEACHER, COMMUNICATE, RelationType.ESSENTIAL).occupationSkill(TEACHER, TEAMWORK, RelationType.OPTIONAL);
        return b.build();
    }

    private static void sector(Taxonomy.Builder b, SkillUri uri, String en, String nl) {
        b.skill(uri, SkillType.SKILL_COMPETENCE, ReuseLevel.SECTOR_SPECIFIC).labels(uri, en(en));
        if (!nl.equals(en)) {
            b.labels(uri, LanguageLabels.of(Locale.of("nl"), nl));
        }
    }

    private static void occ(Taxonomy.Builder b, OccupationUri uri, String isco, String en, String nl) {
        b.occupation(uri, isco, isco + ".1").labels(uri, en(en)).labels(uri, LanguageLabels.of(Locale.of("nl"), nl));
    }

    private static LanguageLabels en(String label) {
        return LanguageLabels.of(Locale.ENGLISH, label);
    }

    private static SkillUri skill(String name) {
        return new SkillUri("http://example.org/test/skill/" + name);
    }

    private static OccupationUri occupation(String name) {
        return new OccupationUri("http://example.org/test/occupation/" + name);
    }
}
