package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verb table on hand-made label pairs. */
class VerbTableTest {

    private static VerbTable table() {
        var t = new VerbTable();
        t.learn("detect anomalies", "afwijkingen opsporen");
        t.learn("detect leaks", "lekken opsporen");
        t.learn("detect faults", "fouten detecteren");
        t.learn("carry out inspections", "inspecties uitvoeren");
        t.learn("carry out repairs", "reparaties uitvoeren");
        t.learn("carry goods", "goederen dragen");
        t.learn("carry loads", "lasten dragen");
        t.learn("carry patients", "patiënten dragen");
        t.learn("carry tools", "gereedschap vervoeren");
        return t;
    }

    @Test
    void theMostUsedDutchVerbWinsWithItsParticle() {
        var choice = table().best(LabelTokens.tokens("detect gas leaks")).orElseThrow();

        assertThat(choice.dutch()).isEqualTo("opsporen");
        assertThat(choice.count()).isEqualTo(2);
        assertThat(choice.share()).isEqualTo(2.0 / 3);
    }

    @Test
    void aTwoWordVerbWithEvidenceWinsOverItsFirstWord() {
        assertThat(table().best(LabelTokens.tokens("carry out audits")).orElseThrow().dutch()).isEqualTo("uitvoeren");
        assertThat(table().best(LabelTokens.tokens("carry boxes")).orElseThrow().dutch()).isEqualTo("dragen");
    }

    @Test
    void aVerbSeenOnceOrALabelNotEndingInAnInfinitiveGivesNothing() {
        var t = new VerbTable();
        t.learn("greet guests", "gasten begroeten");
        t.learn("ensure safety", "zorgen voor veiligheid");
        t.learn("ensure hygiene", "zorgen voor hygiëne");

        assertThat(t.best(LabelTokens.tokens("greet visitors"))).isEmpty();
        assertThat(t.best(LabelTokens.tokens("ensure quality"))).isEmpty();
        assertThat(t.best(LabelTokens.tokens("greet"))).isEmpty();
    }

    @Test
    void supportIsTheShareOfTheKeysLabelsEndingInTheVerb() {
        var t = table();

        assertThat(t.support(LabelTokens.tokens("detect gas leaks"), "opsporen")).isEqualTo(2.0 / 3);
        assertThat(t.support(LabelTokens.tokens("detect gas leaks"), "Detecteren")).isEqualTo(1.0 / 3);
        assertThat(t.support(LabelTokens.tokens("carry out audits"), "uitvoeren")).isEqualTo(1.0);
        assertThat(t.support(LabelTokens.tokens("detect gas leaks"), "vinden")).isZero();
        assertThat(t.support(LabelTokens.tokens("paint walls"), "schilderen")).isZero();
    }
}
