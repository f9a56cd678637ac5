package nl.vaardig.taxonomy.extract;

import java.util.List;
import nl.vaardig.taxonomy.extract.text.Segment;

/**
 * Which segments of a whole text may give retrieved skills as evidence. A vacancy asks for its skills in sentences
 * about the work; its title names the occupation, its headings name sections, and the paragraph between the title and
 * its first heading introduces the employer. Retrieval ranks every sentence's best skills alike (scores relative to the
 * sentence's best), so a title, a heading or a line about the employer would otherwise lend its best skills the same
 * weight as a task sentence. In a whole text these lines are still read for labels and for the occupations the text
 * sounds like, but what retrieval finds in them is not a skill of the text.
 * <p>
 * A text of fewer than {@value #WHOLE_TEXT_LINES} lines is read as sentences: every segment counts, so a sentence or a
 * short snippet is read exactly as before.
 */
final class SegmentRoles {

    /** Texts with at least this many non-empty lines are whole texts (title, sections); shorter ones are sentences. */
    static final int WHOLE_TEXT_LINES = 3;

    private SegmentRoles() {
    }

    /** Whether the segments are a whole text: at least {@value #WHOLE_TEXT_LINES} non-empty lines. */
    static boolean wholeText(List<Segment> segments) {
        return segments.stream().mapToInt(Segment::line).distinct().limit(WHOLE_TEXT_LINES).count() >= WHOLE_TEXT_LINES;
    }

    /**
     * Per segment: may its retrieved skills be evidence? False for a whole text's title lines, its headings, and the
     * segments before its first heading after the title (when it has one); true for every segment of a short text.
     */
    static boolean[] retrievalEvidence(List<Segment> segments) {
        boolean[] evidence = new boolean[segments.size()];
        java.util.Arrays.fill(evidence, true);
        if (!wholeText(segments)) {
            return evidence;
        }
        // the first heading after the title lines, whether or not its words name a known section: a late known
        // heading ("Wat bieden wij?") must not make the work sentences before it an introduction
        int firstSection = -1;
        for (int s = 0; s < segments.size() && firstSection < 0; s++) {
            Segment segment = segments.get(s);
            if (segment.heading() && !segment.bullet() && !segment.firstLine()) {
                firstSection = s;
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            evidence[s] = !segment.firstLine() && !(segment.heading() && !segment.bullet()) && s > firstSection;
        }
        return evidence;
    }
}
