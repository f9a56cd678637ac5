package nl.vaardig.taxonomy.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.vaardig.taxonomy.competentnl.CompetentNlEscoLinks;
import nl.vaardig.taxonomy.competentnl.CompetentNlLoader;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Evaluates job title → occupation on a TSV of {@code title<TAB>expected URI(s)} (UTF-8; several full ESCO occupation
 * URIs separated by spaces or commas, a hit on any of them counts; blank and {@code #} lines are skipped) and prints
 * MRR and Accuracy@1/5/10 over the top 10, plus how many titles got an answer and how many of those came from the
 * head-noun fallback.
 *
 * <pre>
 * ./mvnw -q -pl taxonomy compile exec:java -Dexec.mainClass=nl.vaardig.taxonomy.title.TitleEvaluation \
 *     -Dexec.args="taxonomy/src/test/resources/eval/titles-nl.tsv [--competentnl=auto|off|DIR] [--misses]"
 * </pre>
 * With {@code --competentnl=auto} (default) the CompetentNL labels are used when the configured folder exists.
 */
public final class TitleEvaluation {

    static final int DEPTH = 10;

    /** One evaluation case, with its line in the TSV. */
    public record Case(int line, String title, List<OccupationUri> expected) {
        public Case {
            Objects.requireNonNull(title, "title");
            expected = List.copyOf(expected);
            if (title.isBlank() || expected.isEmpty()) {
                throw new IllegalArgumentException("line " + line + ": a case needs a title and at least one URI");
            }
        }
    }

    /** Where a case's best-ranked expected occupation ranked (0 = not in the top 10), and how the matcher answered. */
    public record Outcome(Case testCase, int rank, List<String> top3, TitleOutcome how) {
    }

    /** The figures over a set of cases; {@code answered}: cases with any occupation, {@code fallback}: of those, by head noun. */
    public record Figures(int cases, double mrr, double accuracyAt1, double accuracyAt5, double accuracyAt10,
                          int answered, int fallback, List<Outcome> outcomes) {
        public Figures {
            outcomes = List.copyOf(outcomes);
        }

        public double fallbackShare() {
            return answered == 0 ? 0 : (double) fallback / answered;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "cases %d  MRR %.3f  Acc@1 %.3f  Acc@5 %.3f  Acc@10 %.3f  answered %d"
                            + "  by head-noun fallback %d (%.1f %% of answered)",
                    cases, mrr, accuracyAt1, accuracyAt5, accuracyAt10, answered, fallback, 100 * fallbackShare());
        }
    }

    private TitleEvaluation() {
    }

    public static List<Case> read(List<String> lines) {
        var cases = new ArrayList<Case>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = lines.get(i).indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected title<TAB>URI(s): '" + line + "'");
            }
            String title = lines.get(i).substring(0, tab).strip();
            var uris = new ArrayList<OccupationUri>();
            for (String u : lines.get(i).substring(tab + 1).strip().split("[\\s,]+")) {
                if (!u.isEmpty()) {
                    uris.add(new OccupationUri(u));
                }
            }
            cases.add(new Case(i + 1, title, uris));
        }
        return cases;
    }

    public static List<Case> read(Path tsv) {
        try {
            return read(Files.readAllLines(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Figures evaluate(JobTitleMatcher matcher, List<Case> cases) {
        double rr = 0;
        int at1 = 0;
        int at5 = 0;
        int at10 = 0;
        int answered = 0;
        int fallback = 0;
        var outcomes = new ArrayList<Outcome>();
        for (Case c : cases) {
            TitleMatchResult result = matcher.match(c.title(), Locale.of("nl"), DEPTH);
            List<OccupationMatch> hits = result.occupations();
            answered += result.outcome().answered() ? 1 : 0;
            fallback += result.outcome() == TitleOutcome.HEAD_FALLBACK ? 1 : 0;
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (c.expected().contains(hits.get(i).uri())) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank > 0) {
                rr += 1.0 / rank;
                at1 += rank == 1 ? 1 : 0;
                at5 += rank <= 5 ? 1 : 0;
                at10 += 1;
            }
            outcomes.add(new Outcome(c, rank, hits.stream().limit(3).map(h -> h.label().text()).toList(), result.outcome()));
        }
        int n = Math.max(1, cases.size());
        return new Figures(cases.size(), rr / n, (double) at1 / n, (double) at5 / n, (double) at10 / n, answered,
                fallback, outcomes);
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: TitleEvaluation titles.tsv [--competentnl=auto|off|DIR] [--misses]");
            System.exit(2);
        }
        Path tsv = Path.of(args[0]);
        String cnl = "auto";
        boolean misses = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--competentnl=")) {
                cnl = args[i].substring("--competentnl=".length());
            } else if (args[i].equals("--misses")) {
                misses = true;
            }
        }
        long t0 = System.nanoTime();
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        Map<OccupationUri, List<String>> extra = Map.of();
        var data = switch (cnl) {
            case "off" -> java.util.Optional.<nl.vaardig.taxonomy.competentnl.CompetentNlData>empty();
            case "auto" -> CompetentNlLoader.loadConfigured();
            default -> CompetentNlLoader.load(Path.of(cnl));
        };
        if (data.isPresent()) {
            CompetentNlEscoLinks links = CompetentNlEscoLinks.link(data.get(), taxonomy);
            System.out.println(links.report());
            extra = links.extraDutchLabels();
        } else {
            System.out.println("CompetentNL: not used");
        }
        JobTitleMatcher matcher = JobTitleMatcher.build(taxonomy, extra);
        System.out.printf(Locale.ROOT, "setup %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<Case> cases = read(tsv);
        long t1 = System.nanoTime();
        Figures figures = evaluate(matcher, cases);
        long perTitleMicros = (System.nanoTime() - t1) / 1_000 / Math.max(1, cases.size());
        for (Outcome o : figures.outcomes()) {
            if (!misses || o.rank() != 1) {
                System.out.printf(Locale.ROOT, "%-3s %-45s %s%n", o.rank() == 0 ? "-" : String.valueOf(o.rank()),
                        o.testCase().title(), o.top3());
            }
        }
        System.out.println(figures + String.format(Locale.ROOT, "  (%d µs per title)", perTitleMicros));
    }
}
