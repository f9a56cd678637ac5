package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import nl.vaardig.taxonomy.testing.ShippedTitleMatcher;
import org.junit.jupiter.api.Test;

class TitleRankerTest {

    private static final int N = TitleRanker.FEATURES.size();
    private static final int VOTE = TitleRanker.FEATURES.indexOf("vote");
    private static final int HAND = TitleRanker.FEATURES.indexOf("hand");
    private static final int LITERAL = TitleRanker.FEATURES.indexOf("literal");

    /** Titles of five candidates where the neighbour vote picks the gold one and the hand score is noise. */
    private static List<TitleRankerTraining.Group> voteDecides(long seed) {
        var random = new Random(seed);
        var groups = new ArrayList<TitleRankerTraining.Group>();
        for (int t = 0; t < 200; t++) {
            double[][] x = new double[5][N];
            boolean[] gold = new boolean[5];
            int g = random.nextInt(5);
            for (int i = 0; i < 5; i++) {
                for (int f = 0; f < N; f++) {
                    x[i][f] = random.nextDouble();
                }
                x[i][VOTE] = i == g ? 0.6 + 0.4 * random.nextDouble() : 0.5 * random.nextDouble();
                gold[i] = i == g;
            }
            groups.add(new TitleRankerTraining.Group(x, gold));
        }
        return groups;
    }

    @Test
    void trainingLearnsTheSignalThatPicksTheGoldCandidate() {
        TitleRanker ranker = TitleRankerTraining.fit(voteDecides(1));
        int right = 0;
        for (TitleRankerTraining.Group g : voteDecides(2)) {
            int best = 0;
            for (int i = 1; i < g.features().length; i++) {
                best = ranker.logit(g.features()[i]) > ranker.logit(g.features()[best]) ? i : best;
            }
            right += g.gold()[best] ? 1 : 0;
        }
        assertThat(right).as("held-out titles ranked right").isGreaterThanOrEqualTo(195);
        assertThat(ranker.weight("vote")).isGreaterThan(Math.abs(ranker.weight("hand")));
        assertThat(TitleRankerTraining.report(200, voteDecides(2), ranker, 0)).contains("leave-one-out Acc@1 over all 200").contains("weight per unit");
    }

    /**
     * Titles where the neighbour vote picks the gold candidate when the title is no label and the worst when it is one
     * (the literal flag, the same for all of a title's candidates): no linear score can learn that, hidden units can.
     */
    private static List<TitleRankerTraining.Group> voteDependsOnLiteral(long seed) {
        var random = new Random(seed);
        var groups = new ArrayList<TitleRankerTraining.Group>();
        for (int t = 0; t < 300; t++) {
            double[][] x = new double[5][N];
            boolean[] gold = new boolean[5];
            boolean literal = random.nextBoolean();
            int g = random.nextInt(5);
            for (int i = 0; i < 5; i++) {
                for (int f = 0; f < N; f++) {
                    x[i][f] = random.nextDouble();
                }
                x[i][LITERAL] = literal ? 1 : 0;
                boolean high = (i == g) != literal;
                x[i][VOTE] = high ? 0.6 + 0.4 * random.nextDouble() : 0.5 * random.nextDouble();
                x[i][HAND] = 0;
                gold[i] = i == g;
            }
            groups.add(new TitleRankerTraining.Group(x, gold));
        }
        return groups;
    }

    private static int rankedRight(TitleRanker ranker, List<TitleRankerTraining.Group> groups) {
        int right = 0;
        for (TitleRankerTraining.Group g : groups) {
            int best = 0;
            for (int i = 1; i < g.features().length; i++) {
                best = ranker.logit(g.features()[i]) > ranker.logit(g.features()[best]) ? i : best;
            }
            right += g.gold()[best] ? 1 : 0;
        }
        return right;
    }

    @Test
    void hiddenUnitsLearnASignalWhoseMeaningDependsOnAnother() {
        List<TitleRankerTraining.Group> test = voteDependsOnLiteral(7);
        int linear = rankedRight(TitleRankerTraining.fit(voteDependsOnLiteral(6), 0), test);
        int hidden = rankedRight(TitleRankerTraining.fit(voteDependsOnLiteral(6), 8), test);
        assertThat(linear).as("linear").isLessThan(200);
        assertThat(hidden).as("with hidden units").isGreaterThanOrEqualTo(270);
    }

    @Test
    void anAveragedRankerScoresAsTheMeanOfItsMembers() {
        List<TitleRankerTraining.Group> train = voteDependsOnLiteral(8);
        TitleRanker averaged = TitleRankerTraining.fit(train, 4, 3, 11);
        var members = List.of(TitleRankerTraining.fit(train, 4, 1, 11), TitleRankerTraining.fit(train, 4, 1, 12),
                TitleRankerTraining.fit(train, 4, 1, 13));
        assertThat(averaged.toProperties("test")).contains("hidden.units=12");
        for (TitleRankerTraining.Group g : voteDependsOnLiteral(9).subList(0, 20)) {
            for (double[] x : g.features()) {
                double mean = members.stream().mapToDouble(m -> m.logit(x)).average().orElseThrow();
                assertThat(averaged.logit(x)).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(members.get(0).logit(train.getFirst().features()[0]))
                .as("the members differ: their random starts do").isNotEqualTo(members.get(1).logit(train.getFirst().features()[0]));
        assertThat(rankedRight(averaged, voteDependsOnLiteral(7))).isGreaterThanOrEqualTo(270);
    }

    @Test
    void aWrittenRankerReadsBackTheSame() throws IOException {
        TitleRanker ranker = TitleRankerTraining.fit(voteDecides(3), 4);
        var p = new Properties();
        p.load(new StringReader(ranker.toProperties("test")));
        TitleRanker read = TitleRanker.fromProperties(p);
        double[] x = voteDecides(4).getFirst().features()[0];
        assertThat(read.logit(x)).isCloseTo(ranker.logit(x), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(read.probability(read.logit(x))).isBetween(0.0, 0.999);
    }

    @Test
    void aRankerTrainedOnOtherFeaturesIsRefused() throws IOException {
        var p = new Properties();
        p.load(new StringReader(TitleRankerTraining.fit(voteDecides(5)).toProperties("test")));
        p.setProperty("features", "hand,label");
        assertThatThrownBy(() -> TitleRanker.fromProperties(p)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TitleRankerTraining");
        p.remove("features");
        assertThatThrownBy(() -> TitleRanker.fromProperties(p)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHandRankerIsTheHandScoreItself() {
        double[] x = new double[N];
        x[HAND] = 2.5;
        x[VOTE] = 1.0;
        assertThat(TitleRanker.HAND.logit(x)).isEqualTo(2.5);
        assertThat(TitleRanker.HAND.matchScore(2.5)).isEqualTo(2.5);
    }

    @Test
    void theShippedRankerGivesScoresThatTheApiShowsAsAProbabilityInOrder() {
        TitleRanker.shipped();
        for (String title : List.of("verpleegkundige", "docent wiskunde", "Bedrijfsleider / ondernemer groot- en tussenhandel",
                "wijkverpleegkundige")) {
            List<OccupationMatch> matches = ShippedTitleMatcher.get().match(title, Locale.of("nl"), 10).occupations();
            assertThat(matches).as(title).isNotEmpty();
            double previous = Double.MAX_VALUE;
            for (OccupationMatch m : matches) {
                double shown = 1 - Math.exp(-m.score());
                assertThat(shown).as(title).isBetween(0.0, 0.999 + 1e-9);
                assertThat(m.score()).as(title + ": best first").isLessThanOrEqualTo(previous);
                previous = m.score();
            }
        }
    }

    @Test
    void aTitleThatIsALabelIsShownAsLikely() {
        OccupationMatch first = ShippedTitleMatcher.get().match("heftruckchauffeur", Locale.of("nl"), 5).occupations().getFirst();
        assertThat(first.label().text()).isEqualTo("heftruckchauffeur");
        assertThat(1 - Math.exp(-first.score())).as("the API's score").isGreaterThan(0.5);
    }
}
