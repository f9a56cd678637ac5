package nl.vaardig.taxonomy.extract.context;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vaardig.taxonomy.extract.text.Fold;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Salaris volgens cao VVT, schaal 35, en een eindejaarsuitkering.",
        "Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.",
        "Solliciteer via de button of stuur je cv naar werken@voorbeeld.nl.",
        "Wij zijn een toonaangevende organisatie met 14 vestigingen in Nederland.",
        "We are an equal opportunity employer and consider all qualified applicants without regard to race.",
        "This website uses cookies to improve your experience.",
        "We offer a competitive salary, a pension plan and 25 vacation days."})
    void boilerplateSentencesAreRecognised(String sentence) {
        assertThat(BoilerplateDetector.isBoilerplate(Fold.fold(sentence))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Je hebt ervaring met Java en SQL.",
        "Experience with Python is a plus.",
        "Je verleent persoonlijke verzorging aan bewoners.",
        "Team player who likes to engage with colleagues."})
    void skillSentencesAreKept(String sentence) {
        assertThat(BoilerplateDetector.isBoilerplate(Fold.fold(sentence))).isFalse();
    }
}
