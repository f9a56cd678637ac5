package nl.vaardig.taxonomy.competentnl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.LabelKeys;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.esco.EscoRecord;
import nl.vaardig.taxonomy.esco.NationalTitleCrosswalk;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Links CompetentNL occupations to ESCO occupations. CompetentNL publishes no ESCO mapping, but its UWV occupations
 * largely carry the Dutch NOC titles, which the published ESCO ↔ Dutch NOC crosswalk maps to ESCO:
 * <ol>
 *   <li>{@link Method#NATIONAL_TITLE}: a CompetentNL label equals a Dutch NOC title (after folding case, diacritics
 *       and punctuation); the link goes to every ESCO occupation the crosswalk maps that title to;</li>
 *   <li>fallbacks by label similarity, reported separately: {@link Method#EXACT_LABEL} (a CompetentNL label equals
 *       an ESCO Dutch label) and {@link Method#SAME_WORDS} (same set of stemmed compound parts, "Monteur heftrucks" =
 *       "heftruckmonteur").</li>
 * </ol>
 * The CompetentNL preferred label is tried before its alternatives; a link to several ESCO occupations is counted as
 * ambiguous.
 */
public final class CompetentNlEscoLinks {

    public enum Method {
        NATIONAL_TITLE,
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
    public record Report(int competentNlOccupations, int linked, int nationalTitle, int exact, int sameWords,
                         int ambiguous, int escoOccupationsReached) {
        public double linkRate() {
            return competentNlOccupations == 0 ? 0.0 : (double) linked / competentNlOccupations;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "CompetentNL→ESCO: %d of %d occupations linked (%.1f %%): %d through a Dutch NOC title of the crosswalk;"
                            + " fallback by label similarity: %d exact Dutch label, %d same stemmed words; %d link to more"
                            + " than one ESCO occupation; ESCO→CompetentNL: %d ESCO occupations have a CompetentNL occupation",
                    linked, competentNlOccupations, 100 * linkRate(), nationalTitle, exact, sameWords, ambiguous,
                    escoOccupationsReached);
        }
    }

    /** A Dutch NOC title mapped to more ESCO occupations than this is too vague to lend them CompetentNL's labels. */
    static final int MAX_OCCUPATIONS_FOR_LABELS = 5;

    private final Map<CompetentNlOccupationUri, Link> links;
    private final Report report;
    private final Map<OccupationUri, List<String>> extraDutchLabels;

    private CompetentNlEscoLinks(Map<CompetentNlOccupationUri, Link> links, Report report,
                                 Map<OccupationUri, List<String>> extraDutchLabels) {
        this.links = links;
        this.report = report;
        this.extraDutchLabels = extraDutchLabels;
    }

    /** Links through the shipped Dutch NOC crosswalk, falling back to label similarity. */
    public static CompetentNlEscoLinks link(CompetentNlData data, Taxonomy taxonomy) {
        return link(data, taxonomy, NationalTitleCrosswalk.shipped());
    }

    /** Links through the given crosswalk rows (those that name an occupation of this taxonomy), then by label. */
    public static CompetentNlEscoLinks link(CompetentNlData data, Taxonomy taxonomy,
                                            List<EscoRecord.NationalTitleRecord> crosswalk) {
        var byTitle = new HashMap<String, Set<OccupationUri>>();
        for (EscoRecord.NationalTitleRecord r : crosswalk) {
            if (r.target() instanceof OccupationUri o && taxonomy.occupation(o).isPresent()) {
                byTitle.computeIfAbsent(TextFolding.foldWords(r.title()), k -> new LinkedHashSet<>()).add(o);
            }
        }
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
        int national = 0;
        int exact = 0;
        int sameWords = 0;
        int ambiguous = 0;
        for (CompetentNlOccupation c : data.occupations()) {
            Link link = null;
            for (String label : c.allLabels()) {
                Set<OccupationUri> hit = byTitle.get(TextFolding.foldWords(label));
                if (hit != null) {
                    link = new Link(c.uri(), List.copyOf(hit), Method.NATIONAL_TITLE, label);
                    break;
                }
            }
            for (String label : link != null ? List.<String>of() : c.allLabels()) {
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
                switch (link.method()) {
                    case NATIONAL_TITLE -> national++;
                    case EXACT_LABEL -> exact++;
                    case SAME_WORDS -> sameWords++;
                }
                if (link.esco().size() > 1) {
                    ambiguous++;
                }
            }
        }

        // labels CompetentNL adds to the linked ESCO occupations (only new labels): through the crosswalk to each of
        // the title's occupations when it names a few, by label similarity only when the link is unambiguous
        var extra = new LinkedHashMap<OccupationUri, List<String>>();
        var byUri = data.occupationsByUri();
        var reached = new HashSet<OccupationUri>();
        for (Link link : links.values()) {
            reached.addAll(link.esco());
            int most = link.method() == Method.NATIONAL_TITLE ? MAX_OCCUPATIONS_FOR_LABELS : 1;
            if (link.esco().size() > most) {
                continue;
            }
            for (OccupationUri esco : link.esco()) {
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
        }
        var report = new Report(data.occupations().size(), links.size(), national, exact, sameWords, ambiguous,
                reached.size());
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
