package nl.vaardig.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.vaardig.taxonomy.extract.text.Segment;
import nl.vaardig.taxonomy.extract.text.Segmenter;
import org.junit.jupiter.api.Test;

class SegmentRolesTest {

    private static final String VACANCY = """
            Monteur warmtepompen (40 uur)
            Tilburg | vast dienstverband

            Wij zijn een installatiebedrijf met veertig vakmensen in Brabant.

            Wat ga je doen?
            - Je installeert warmtepompen bij particulieren.
            Je verhelpt storingen aan de binnenunit.
            Kortom:
            Wat vragen wij?
            - VCA
            """;

    /** The segments whose retrieved skills are evidence, as their texts. */
    private static List<String> evidence(String text) {
        List<Segment> segments = Segmenter.split(text);
        boolean[] wanted = SegmentRoles.retrievalEvidence(segments);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            if (wanted[s]) {
                out.add(segments.get(s).text(text));
            }
        }
        return out;
    }

    @Test
    void aWholeTextTakesRetrievedSkillsFromItsWorkSentencesOnly() {
        // not the title, not the employer's introduction before the first section, not a heading; bullets count
        assertThat(evidence(VACANCY)).containsExactly("Je installeert warmtepompen bij particulieren.",
                "Je verhelpt storingen aan de binnenunit.", "VCA");
    }

    @Test
    void theIntroductionEndsAtTheFirstHeadingEvenWhenItsWordsNameNoKnownSection() {
        String text = """
                Monteur warmtepompen
                Tilburg | vast dienstverband
                Wij zijn een installatiebedrijf met veertig vakmensen in Brabant.
                Jouw werkdag
                - Je installeert warmtepompen bij particulieren.
                Wat bieden wij?
                - Een leaseauto.
                """;
        assertThat(evidence(text)).containsExactly("Je installeert warmtepompen bij particulieren.", "Een leaseauto.");
    }

    @Test
    void withoutASectionHeadingTheLinesAfterTheTitleCount() {
        String text = "Monteur warmtepompen\nBrabant\nJe installeert warmtepompen bij particulieren.\n"
                + "Je verhelpt storingen aan de binnenunit.\n";
        assertThat(evidence(text)).containsExactly("Je installeert warmtepompen bij particulieren.",
                "Je verhelpt storingen aan de binnenunit.");
    }

    @Test
    void aSentenceOrAShortSnippetIsReadWhole() {
        assertThat(evidence("Je installeert warmtepompen.")).containsExactly("Je installeert warmtepompen.");
        assertThat(evidence("Monteur warmtepompen\nJe installeert warmtepompen. Je verhelpt storingen."))
                .containsExactly("Monteur warmtepompen", "Je installeert warmtepompen.", "Je verhelpt storingen.");
        assertThat(SegmentRoles.wholeText(Segmenter.split("a\nb\n\n"))).isFalse();
        assertThat(SegmentRoles.wholeText(Segmenter.split("a\n\nb\nc"))).isTrue();
    }
}
