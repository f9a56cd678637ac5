package nl.vaardig.taxonomy.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.extract.match.LabelHit;
import nl.vaardig.taxonomy.extract.text.Token;

/**
 * Collects occupation label hits and decides which occupations the text is about. A hit in the title lines
 * counts most; a label inside a longer occupation label ("verpleegkundige" in "verpleegkundige
 * intensive care") gives way to the longer one.
 */
final class OccupationDetection {

    static final double MIN_CONFIDENCE = 0.5;
    static final int MAX_OCCUPATIONS = 3;

    record Found(int occupation, double confidence, int viewStart, int viewEnd) {
    }

    private record Hit(int occupation, double score, int segment, int fromToken, int toToken, int viewStart, int viewEnd) {
    }

    private final List<Hit> hits = new ArrayList<>();

    void add(int segment, boolean titleLine, List<LabelHit> segmentHits, List<Token> tokens) {
        List<LabelHit> kept = new ArrayList<>(segmentHits.size());
        for (LabelHit h : segmentHits) {
            boolean inner = false;
            for (LabelHit other : segmentHits) {
                boolean larger = other.toToken() - other.fromToken() > h.toToken() - h.fromToken()
                        || other.termCount() > h.termCount();
                if (other != h && larger && other.fromToken() <= h.fromToken() && other.toToken() >= h.toToken()) {
                    inner = true;
                    break;
                }
            }
            if (!inner) {
                kept.add(h);
            }
        }
        for (LabelHit h : kept) {
            // How unusual the words are in ordinary prose: "kok" or "metselaar" name an occupation, while
            // "medewerker" or "planner" on their own say little.
            double specificity = Math.min(1.0, h.specificity() / HitScoring.SPECIFIC_BACKGROUND);
            if (h.termCount() == 1 && specificity < 0.5) {
                continue;
            }
            double score = h.kind().weight() * (0.3 + 0.7 * specificity) * (titleLine ? 1.0 : 0.55)
                    * h.coverage() * h.coverage();
            hits.add(new Hit(h.owner(), score, segment, h.fromToken(), h.toToken(),
                    tokens.get(h.fromToken()).start(), tokens.get(h.toToken()).end()));
        }
    }

    List<Found> result() {
        Map<Integer, List<Hit>> byOccupation = new HashMap<>();
        for (Hit h : hits) {
            byOccupation.computeIfAbsent(h.occupation(), k -> new ArrayList<>()).add(h);
        }
        List<Found> found = new ArrayList<>();
        for (Map.Entry<Integer, List<Hit>> e : byOccupation.entrySet()) {
            List<Hit> list = e.getValue();
            Hit best = list.stream().max(Comparator.comparingDouble(Hit::score)).orElseThrow();
            long segments = list.stream().mapToInt(Hit::segment).distinct().count();
            double confidence = Math.min(1.0, best.score() + 0.1 * (segments - 1));
            if (confidence >= MIN_CONFIDENCE) {
                found.add(new Found(e.getKey(), confidence, best.viewStart(), best.viewEnd()));
            }
        }
        found.sort(Comparator.comparingDouble(Found::confidence).reversed().thenComparingInt(Found::occupation));
        return found.size() > MAX_OCCUPATIONS ? found.subList(0, MAX_OCCUPATIONS) : found;
    }
}
