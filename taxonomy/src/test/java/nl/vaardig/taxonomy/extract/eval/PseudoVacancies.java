package nl.vaardig.taxonomy.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Whole Dutch vacancies written from ESCO alone, for choosing how a whole text's skills are put together without
 * reading an evaluation set. One text per sampled occupation (Dutch label, Dutch description, at least
 * {@value #GOLD} essential skills with a Dutch description):
 * <pre>
 * TITLE (32-40 uur)                            the occupation's Dutch preferred label
 * EMPLOYER LINE. Voor onze afdeling … TITLE.   introduction: generic employer wording (written here, not from data)
 * Wat ga je doen?
 * OCCUPATION DESCRIPTION (first two sentences)
 * - ESSENTIAL SKILL DESCRIPTION (first sentence) × 5      gold
 * Wat vragen wij?
 * - ESSENTIAL SKILL DESCRIPTION × 3                       gold
 * - UNLISTED SKILL DESCRIPTION × 2                        not gold: a skill the occupation does not list
 * Wat bieden wij?
 * OFFER LINES                                             generic terms of employment
 * </pre>
 * Gold: the {@value #GOLD} essential skills written into the text. The skills' descriptions are in the retrieval
 * index, so this set measures how sentence results become a text's list, not whether retrieval finds a paraphrase.
 */
final class PseudoVacancies {

    static final int GOLD = 8;
    private static final int UNLISTED = 2;
    private static final List<String> EMPLOYERS = List.of(
            "Wij zijn een groeiende organisatie met ruim 300 medewerkers en vestigingen in het hele land.",
            "Ons familiebedrijf bestaat al meer dan vijftig jaar en staat bekend om kwaliteit en betrokkenheid.",
            "Wij zijn een maatschappelijke organisatie in de regio en werken nauw samen met onze partners.");
    private static final List<String> OFFERS = List.of(
            "- Een salaris volgens de cao, afhankelijk van je ervaring.",
            "- Vakantiegeld, een eindejaarsuitkering en een goede pensioenregeling.",
            "- Volop ruimte voor opleiding en ontwikkeling.",
            "- Een reiskostenvergoeding en flexibele werktijden.");

    private PseudoVacancies() {
    }

    static List<AnnotatedText> generate(Taxonomy taxonomy, int count, long seed) {
        Random random = new Random(seed);
        List<Occupation> occupations = new ArrayList<>(taxonomy.occupations());
        java.util.Collections.shuffle(occupations, random);
        List<Skill> allSkills = taxonomy.skills().stream().filter(s -> dutchSentence(s.labels()).isPresent()).toList();
        List<AnnotatedText> out = new ArrayList<>(count);
        for (Occupation occupation : occupations) {
            if (out.size() == count) {
                break;
            }
            Optional<String> description = dutch(occupation.labels()).map(LanguageLabels::description)
                    .filter(d -> !d.isBlank());
            List<Skill> essential = new ArrayList<>();
            for (SkillUri uri : taxonomy.essentialSkills(occupation.uri())) {
                taxonomy.skill(uri).filter(s -> dutchSentence(s.labels()).isPresent()).ifPresent(essential::add);
            }
            if (description.isEmpty() || dutch(occupation.labels()).isEmpty() || essential.size() < GOLD) {
                continue;
            }
            java.util.Collections.shuffle(essential, random);
            List<Skill> gold = essential.subList(0, GOLD);
            Set<SkillUri> listed = new HashSet<>(taxonomy.essentialSkills(occupation.uri()));
            listed.addAll(taxonomy.optionalSkills(occupation.uri()));
            Set<Skill> unlisted = new LinkedHashSet<>();
            while (unlisted.size() < UNLISTED) {
                Skill s = allSkills.get(random.nextInt(allSkills.size()));
                if (!listed.contains(s.uri())) {
                    unlisted.add(s);
                }
            }
            String title = dutch(occupation.labels()).orElseThrow().preferred();
            StringBuilder text = new StringBuilder();
            text.append(capitalised(title)).append(" (32-40 uur)\n\n");
            text.append(EMPLOYERS.get(random.nextInt(EMPLOYERS.size()))).append(" Voor onze afdeling zoeken wij een ")
                    .append(title).append(".\n\nWat ga je doen?\n");
            text.append(String.join(" ", firstSentences(description.get(), 2))).append('\n');
            for (int i = 0; i < 5; i++) {
                text.append("- ").append(dutchSentence(gold.get(i).labels()).orElseThrow()).append('\n');
            }
            text.append("\nWat vragen wij?\n");
            List<String> requirements = new ArrayList<>();
            for (int i = 5; i < GOLD; i++) {
                requirements.add(dutchSentence(gold.get(i).labels()).orElseThrow());
            }
            unlisted.forEach(s -> requirements.add(dutchSentence(s.labels()).orElseThrow()));
            java.util.Collections.shuffle(requirements, random);
            requirements.forEach(r -> text.append("- ").append(r).append('\n'));
            text.append("\nWat bieden wij?\n");
            OFFERS.forEach(o -> text.append(o).append('\n'));
            Set<String> goldUris = new HashSet<>();
            gold.forEach(s -> goldUris.add(s.uri().value()));
            out.add(new AnnotatedText(text.toString(), goldUris));
        }
        return out;
    }

    private static Optional<LanguageLabels> dutch(ConceptLabels labels) {
        return labels.in(ConceptLabels.DUTCH);
    }

    /** The first sentence of the Dutch description, if there is one. */
    private static Optional<String> dutchSentence(ConceptLabels labels) {
        return dutch(labels).map(LanguageLabels::description).filter(d -> !d.isBlank())
                .map(d -> firstSentences(d, 1).getFirst());
    }

    private static List<String> firstSentences(String text, int n) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("(?<=[.!?])\\s+")) {
            if (!s.isBlank() && out.size() < n) {
                out.add(s.strip().replace('\n', ' '));
            }
        }
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
