package nl.vaardig.taxonomy.competentnl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.LabelKeys;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Links CompetentNL occupations to ESCO occupations by their Dutch labels (CompetentNL publishes no mapping):
 * <ol>
 *   <li>{@link Method#EXACT_LABEL}: a CompetentNL label equals an ESCO Dutch preferred, alternative or hidden label
 *       after folding case, diacritics and punctuation;</li>
 *   <li>{@link Method#SAME_WORDS}: otherwise, the labels have the same set of stemmed compound parts
 *       ("Monteur heftrucks" = "heftruckmonteur").</li>
 * </ol>
 * The CompetentNL preferred label is tried before its alternatives; a label that fits several ESCO occupations
 * links to all of them (counted as ambiguous).
 */
public final class CompetentNlEscoLinks {

    public enum Method {
        EXACT_LABEL,
        SAME_WORDS
    }

    /** One link and how it was made. */
    public record Link(CompetentNlOccupationUri competentNl, List<OccupationUri> esco, Method method, String viaLabel) {
        public Link {
            Objects.requireNonNull(competentNl, "competentNl");
            esco = List.copyOf(esco);
            Objects.requireNonNull(method, "method");
        }
    }

    /** How many CompetentNL occupations were linked, and how. */
    public record Report(int competentNlOccupations, int linked, int exact, int sameWords, int ambiguous) {
        public double linkRate() {
            return competentNlOccupations == 0 ? 0.0 : (double) linked / competentNlOccupations;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "CompetentNL→ESCO: %d of %d occupations linked (%.1f %%): %d by exact Dutch label, %d by same stemmed"
                            + " words; %d link to more than one ESCO occupation",
                    linked, competentNlOccupations, 100 * linkRate(), exact, sameWords, ambiguous);
        }
    }

    private final Map<CompetentNlOccupationUri, Link> links;
    private final Report report;
    private final Map<OccupationUri, List<String>> extraDutchLabels;

    private CompetentNlEscoLinks(Map<CompetentNlOccupationUri, Link> links, Report report,
                                 Map<OccupationUri, List<String>> extraDutchLabels) {
        this.links = links;
        this.report = report;
        this.extraDutchLabels = extraDutchLabels;
    }

    public static CompetentNlEscoLinks link(CompetentNlData data, Taxonomy taxonomy) {
        java.util.Locale nl = ConceptLabels.DUTCH;
        var byExact = new HashMap<String, Set<OccupationUri>>();
        var byWords = new HashMap<Set<String>, Set<OccupationUri>>();
        var known = new HashMap<OccupationUri, Set<String>>();
        for (Occupation o : taxonomy.occupations()) {
            LanguageLabels labels = o.labels().in(nl).orElse(null);
            if (labels == null) {
                continue;
            }
            var all = new ArrayList<String>(labels.visibleLabels());
            all.addAll(labels.hidden());
            var folded = new LinkedHashSet<String>();
            for (String l : all) {
                String f = TextFolding.foldWords(l);
                folded.add(f);
                byExact.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(o.uri());
                Set<String> key = LabelKeys.dutchLeafStems(l);
                if (!key.isEmpty()) {
                    byWords.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(o.uri());
                }
            }
            known.put(o.uri(), folded);
        }

        var links = new LinkedHashMap<CompetentNlOccupationUri, Link>();
        int exact = 0;
        int sameWords = 0;
        int ambiguous = 0;
        for (CompetentNlOccupation c : data.occupations()) {
            Link link = null;
            for (String label : c.allLabels()) {
                Set<OccupationUri> hit = byExact.get(TextFolding.foldWords(label));
                if (hit != null) {
                    link = new Link(c.uri(), List.copyOf(hit), Method.EXACT_LABEL, label);
                    break;
                }
            }
            if (link == null) {
                for (String label : c.allLabels()) {
                    Set<OccupationUri> hit = byWords.get(LabelKeys.dutchLeafStems(label));
                    if (hit != null) {
                        link = new Link(c.uri(), List.copyOf(hit), Method.SAME_WORDS, label);
                        break;
                    }
                }
            }
            if (link != null) {
                links.put(c.uri(), link);
                if (link.method() == Method.EXACT_LABEL) {
                    exact++;
                } else {
                    sameWords++;
                }
                if (link.esco().size() > 1) {
                    ambiguous++;
                }
            }
        }

        // labels CompetentNL adds to each linked ESCO occupation (only unambiguous links, only new labels)
        var extra = new LinkedHashMap<OccupationUri, List<String>>();
        var byUri = data.occupationsByUri();
        for (Link link : links.values()) {
            if (link.esco().size() != 1) {
                continue;
            }
            OccupationUri esco = link.esco().getFirst();
            Set<String> have = known.getOrDefault(esco, Set.of());
            var list = new ArrayList<>(extra.getOrDefault(esco, List.of()));
            for (String label : byUri.get(link.competentNl()).allLabels()) {
                if (!have.contains(TextFolding.foldWords(label)) && !list.contains(label)) {
                    list.add(label);
                }
            }
            if (!list.isEmpty()) {
                extra.put(esco, List.copyOf(list));
            }
        }
        var report = new Report(data.occupations().size(), links.size(), exact, sameWords, ambiguous);
        return new CompetentNlEscoLinks(java.util.Collections.unmodifiableMap(links), report,
                java.util.Collections.unmodifiableMap(extra));
    }

    public Report report() {
        return report;
    }

    public java.util.Optional<Link> linkOf(CompetentNlOccupationUri uri) {
        return java.util.Optional.ofNullable(links.get(uri));
    }

    public java.util.Collection<Link> links() {
        return links.values();
    }

    /** Dutch CompetentNL labels of each ESCO occupation that ESCO itself lacks: extra synonyms for title matching. */
    public Map<OccupationUri, List<String>> extraDutchLabels() {
        return extraDutchLabels;
    }

}
