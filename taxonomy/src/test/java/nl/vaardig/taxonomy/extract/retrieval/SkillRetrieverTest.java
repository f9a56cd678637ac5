package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillRetrieverTest {

    private static SkillDocument doc(int ordinal, List<String> nl, List<String> en, String description) {
        return new SkillDocument(ordinal, "http://data.europa.eu/esco/skill/" + ordinal,
                nl.stream().map(l -> new SkillDocument.WeightedLabel(l, 1)).toList(),
                en.stream().map(l -> new SkillDocument.WeightedLabel(l, 1)).toList(), "", description, List.of(), List.of(), 2);
    }

    private static final List<SkillDocument> DOCS = List.of(
            doc(0, List.of("goederen opslaan"), List.of("store goods"), "Keep goods in a warehouse."),
            doc(1, List.of("goederen verpakken"), List.of("pack goods"), "Put goods in boxes."),
            doc(2, List.of(), List.of("inspect goods"), "Check goods for damage."),
            doc(3, List.of(), List.of("decontamination techniques"), "Remove hazardous substances."),
            doc(4, List.of("heftruck besturen"), List.of("operate forklift"), "Drive a forklift truck."));

    private static final SkillRetriever RETRIEVER = SkillRetriever.build(DOCS);

    private static List<Integer> search(String sentence, boolean dutch) {
        return RETRIEVER.search(RETRIEVER.analyse(sentence, dutch), dutch, 5).stream().map(SkillRetriever.Hit::ordinal).toList();
    }

    @Test
    void aParaphraseOfADutchLabelFindsItsSkillFirst() {
        assertThat(search("Je zorgt dat goederen in de stellingen opslaan vlot verloopt", true)).first().isEqualTo(0);
    }

    @Test
    void aDutchWordReachesTheEnglishLabelOfASkillWithoutDutchLabel() {
        // "goederen" ↔ "goods" is learnt from the two skills that have both labels
        assertThat(search("goederen inspecteren", true)).contains(2);
    }

    @Test
    void aDutchArticleDoesNotRetrieveAnEnglishLabel() {
        assertThat(search("de", true)).doesNotContain(3);
    }

    @Test
    void descriptionsCanBeLeftOutOfTheIndex() {
        SkillRetriever noDescriptions = SkillRetriever.build(DOCS, false);

        assertThat(noDescriptions.search(noDescriptions.analyse("warehouse", false), false, 5)).isEmpty();
        assertThat(search("warehouse", false)).containsExactly(0);
    }

    @Test
    void theWeightsDecideWhichFieldCountsMost() {
        // "warehouse" is in skill 0's description only, "goods" in the labels of 0, 1 and 2 and nowhere else in 0
        SkillRetriever descriptionsFirst = RETRIEVER.withWeights(QueryWeights.HAND_SET
                .with(SkillRetriever.DocField.DESCRIPTION_EN.ordinal(), 30f));
        QueryText query = RETRIEVER.analyse("pack goods in the warehouse", false);

        assertThat(RETRIEVER.weights()).isEqualTo(QueryWeights.HAND_SET);
        assertThat(RETRIEVER.withWeights(QueryWeights.HAND_SET)).isSameAs(RETRIEVER);
        assertThat(RETRIEVER.search(query, false, 5).getFirst().ordinal()).isEqualTo(1);
        assertThat(descriptionsFirst.search(query, false, 5).getFirst().ordinal()).isEqualTo(0);
        assertThat(descriptionsFirst.searchWithLucene(query, false, 5).getFirst().ordinal()).isEqualTo(0);
    }

    @Test
    void weightsForTheOtherLanguagesTextLeaveThatTextAsItWas() {
        // Dutch text weighs the Dutch fields anew; English text keeps the hand-set boosts of both languages' fields
        QueryWeights dutchOnly = new QueryWeights(new float[] {0.5f, 0.5f, 0.2f, 0.1f, 3f, 1.5f, 0.6f, 0.3f},
                QueryWeights.HAND_SET.fieldBoosts(), 0.45f, 2f);
        SkillRetriever learnt = RETRIEVER.withWeights(dutchOnly);
        QueryText english = RETRIEVER.analyse("store goods opslaan", false);
        QueryText dutch = RETRIEVER.analyse("goederen opslaan", true);

        assertThat(learnt.search(english, false, 5)).isEqualTo(RETRIEVER.search(english, false, 5));
        assertThat(learnt.search(dutch, true, 5).getFirst().score())
                .isNotEqualTo(RETRIEVER.search(dutch, true, 5).getFirst().score());
        assertThat(learnt.search(dutch, true, 5).getFirst().score())
                .isCloseTo(learnt.searchWithLucene(dutch, true, 5).getFirst().score(),
                        org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(learnt.search(english, false, 5).getFirst().score())
                .isCloseTo(learnt.searchWithLucene(english, false, 5).getFirst().score(),
                        org.assertj.core.data.Percentage.withPercentage(0.01));
    }

    @Test
    void precomputedImpactsRankAndScoreAsLuceneOnTheShippedSkillDocuments() {
        SkillRetriever handSet = SkillRetriever.build(SkillDocuments.from(
                nl.vaardig.taxonomy.esco.EscoTaxonomyLoader.shipped().taxonomy()));
        for (SkillRetriever full : List.of(handSet, handSet.withWeights(SkillRetrieval.PLATFORM_WEIGHTS))) {
            agreesWithLucene(full);
        }
    }

    private static void agreesWithLucene(SkillRetriever full) {
        List<String> sentences = List.of("Je rijdt met een heftruck en slaat goederen op in het magazijn.",
                "You design relational databases and write SQL queries.",
                "Je verzorgt patiënten en dient medicatie toe volgens protocol.",
                "Experience with Java, Spring and continuous integration pipelines.");
        for (String sentence : sentences) {
            boolean dutch = sentence.startsWith("Je");
            QueryText query = full.analyse(sentence, dutch);
            List<SkillRetriever.Hit> fast = full.search(query, dutch, 25);
            List<SkillRetriever.Hit> lucene = full.searchWithLucene(query, dutch, 25);

            assertThat(fast).hasSize(lucene.size());
            for (int r = 0; r < fast.size(); r++) {
                assertThat(fast.get(r).score()).isCloseTo(lucene.get(r).score(), org.assertj.core.data.Percentage.withPercentage(0.01));
            }
            assertThat(fast.subList(0, 10).stream().map(SkillRetriever.Hit::ordinal).toList())
                    .containsExactlyInAnyOrderElementsOf(lucene.subList(0, 10).stream().map(SkillRetriever.Hit::ordinal).toList());
        }
    }

    @Test
    void accumulatingAddsEachImpactAndListsADocumentOnceWhenItsSumWasZero() {
        float[] scores = new float[3];
        // one slot more than documents: a document is written before it is counted
        int[] touched = new int[4];
        int count = SkillRetriever.accumulate(new int[] {0, 2}, new float[] {1f, 2f}, 0.5f, scores, touched, 0);
        count = SkillRetriever.accumulate(new int[] {0, 1, 2}, new float[] {4f, 1f, 1f}, 1f, scores, touched, count);

        assertThat(count).isEqualTo(3);
        assertThat(java.util.Arrays.copyOf(touched, count)).containsExactly(0, 2, 1);
        assertThat(scores).containsExactly(4.5f, 1f, 2f);
    }

    @Test
    void theBestDocumentsAreTheHighestSumsWithTheLowerDocumentFirstOnTies() {
        java.util.Random random = new java.util.Random(13);
        for (int trial = 0; trial < 200; trial++) {
            int documents = 1 + random.nextInt(300);
            float[] scores = new float[documents];
            List<Integer> order = new java.util.ArrayList<>();
            for (int doc = 0; doc < documents; doc++) {
                // few distinct values, so that ties are common
                scores[doc] = 1 + random.nextInt(12);
                order.add(doc);
            }
            java.util.Collections.shuffle(order, random);
            int[] touched = order.stream().mapToInt(Integer::intValue).toArray();
            int limit = 1 + random.nextInt(40);

            int[] expected = order.stream().sorted(java.util.Comparator.<Integer>comparingDouble(d -> -scores[d])
                    .thenComparingInt(d -> d)).limit(limit).mapToInt(Integer::intValue).toArray();
            assertThat(SkillRetriever.best(scores, touched, touched.length, limit)).containsExactly(expected);
        }
    }
}
