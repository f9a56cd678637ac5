package nl.vaardig.web.seeker;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.taxonomy.KnownSkills;

/**
 * The rules a well-formed profile must still meet, each broken rule one field error next to its field: skills are
 * ESCO skills of the loaded taxonomy and listed once, "does it" implies "can do it", at most 50 learning wishes,
 * known region and occupation, and on creation a KEEP_PROFILE consent with regions where they are needed.
 */
final class ProfileChecks {

    static final int MAX_SKILLS = 200;
    static final int MAX_WISHES = 50;
    /** Consents given for regions the person chooses; the others hold for the profile's own region. */
    static final Set<ConsentKind> REGIONAL = EnumSet.of(ConsentKind.EMPLOYER_SEARCH, ConsentKind.COACH_HELP);

    private final TaxonomyRuntime taxonomy;
    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    ProfileChecks(TaxonomyRuntime taxonomy, Locale locale) {
        this.taxonomy = taxonomy;
        this.locale = locale;
    }

    static void profile(TaxonomyRuntime taxonomy, ProfileForm form, boolean creating, Locale locale) {
        ProfileChecks checks = new ProfileChecks(taxonomy, locale);
        checks.skills(form.skills());
        checks.region("region", form.region());
        if (form.hours() != null && form.hours().min() > form.hours().max()) {
            checks.error("hours", "Het minimum aantal uren is groter dan het maximum.", "Minimum hours exceed the maximum.");
        }
        if (form.occupation() != null && !form.occupation().isBlank() && checks.occupation(form.occupation()) == null) {
            checks.error("occupation", "Dit is geen bekend ESCO-beroep.", "This is not a known ESCO occupation.");
        }
        if (creating) {
            checks.consents(form.consents());
        } else if (form.version() == null) {
            checks.error("version", "Stuur de versie mee waarop je wijziging is gebaseerd.",
                    "Send the version your change is based on.");
        }
        checks.throwIfAny();
    }

    static void consentRegions(TaxonomyRuntime taxonomy, ConsentKind kind, List<String> regions, Locale locale) {
        ProfileChecks checks = new ProfileChecks(taxonomy, locale);
        checks.regions("regions", kind, regions);
        checks.throwIfAny();
    }

    private void skills(List<ProfileForm.SkillForm> skills) {
        Set<String> seen = new HashSet<>();
        int wishes = 0;
        for (int i = 0; i < skills.size(); i++) {
            ProfileForm.SkillForm s = skills.get(i);
            String field = "skills[" + i + "]";
            if (KnownSkills.find(taxonomy, s.uri()) == null) {
                error(field + ".uri", "Dit is geen bekende ESCO-vaardigheid.", "This is not a known ESCO skill.");
            } else if (!seen.add(s.uri().strip())) {
                error(field + ".uri", "Deze vaardigheid staat al in je profiel.", "This skill is already in your profile.");
            }
            if (s.doesIt() && !s.canDoIt()) {
                error(field + ".canDoIt", "Wie iets al doet, kan het ook: kies ook 'Kan ik het?'.",
                        "If you already do it, you can do it: also choose 'Can I do it?'.");
            }
            if (s.wantsToLearn()) {
                wishes++;
            }
        }
        if (wishes > MAX_WISHES) {
            error("skills", "Kies hoogstens " + MAX_WISHES + " vaardigheden die je wilt leren.",
                    "Choose at most " + MAX_WISHES + " skills you want to learn.");
        }
    }

    private void consents(List<ProfileForm.ConsentForm> consents) {
        Set<ConsentKind> kinds = EnumSet.noneOf(ConsentKind.class);
        for (int i = 0; i < consents.size(); i++) {
            ProfileForm.ConsentForm c = consents.get(i);
            if (!kinds.add(c.kind())) {
                error("consents[" + i + "].kind", "Deze toestemming staat er twee keer in.", "This consent is listed twice.");
            }
            regions("consents[" + i + "].regions", c.kind(), c.regions());
        }
        if (!kinds.contains(ConsentKind.KEEP_PROFILE)) {
            error("consents", "Zonder toestemming om je profiel te bewaren, slaan wij niets op.",
                    "Without consent to keep your profile, we store nothing.");
        }
    }

    private void regions(String field, ConsentKind kind, List<String> regions) {
        if (REGIONAL.contains(kind) && regions.isEmpty()) {
            error(field, "Kies minstens één regio.", "Choose at least one region.");
        }
        for (int i = 0; i < regions.size(); i++) {
            region(field + "[" + i + "]", regions.get(i));
        }
    }

    private void region(String field, String code) {
        if (code == null || !code.matches("AM\\d{2}") || taxonomy.regions().region(new AmrCode(code)).isEmpty()) {
            error(field, "Onbekende arbeidsmarktregio.", "Unknown labour-market region.");
        }
    }

    private OccupationUri occupation(String uri) {
        try {
            OccupationUri o = new OccupationUri(uri.strip());
            return taxonomy.taxonomy().occupation(o).isPresent() ? o : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void error(String field, String dutch, String english) {
        errors.add(new FieldError(field, ProblemTexts.detail(dutch, english, locale)));
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
    }
}
