package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.junit.jupiter.api.Test;

class PseudoQueriesTest {

    @Test
    void aHeldOutLabelIsAQueryAndNotInTheTrainingDocuments() {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        PseudoQueries.Generated generated = PseudoQueries.generate(taxonomy, 7, 0.02);
        List<SkillDocument> documents = SkillDocuments.from(taxonomy, generated.heldOut());

        assertThat(generated.queries()).isNotEmpty();
        assertThat(generated.heldOut().labels()).isNotEmpty();
        generated.heldOut().labels().forEach((skill, labels) -> {
            SkillDocument d = documents.get(skill);
            Set<String> indexed = new java.util.HashSet<>();
            d.labelsNl().forEach(l -> indexed.add(l.text()));
            d.labelsEn().forEach(l -> indexed.add(l.text()));
            // the English preferred label always stays: it is what the skill is called
            String preferred = taxonomy.skillAt(skill).labels().in(java.util.Locale.ENGLISH).orElseThrow().preferred();
            labels.stream().filter(l -> !l.equals(preferred)).forEach(l -> assertThat(indexed).doesNotContain(l));
        });
        generated.heldOut().descriptions().forEach(skill -> {
            assertThat(documents.get(skill).descriptionEn()).isEmpty();
            assertThat(documents.get(skill).descriptionNl()).isEmpty();
        });
    }

    @Test
    void mostLabelQueriesReadLikeSentencesAndDutchOnesAreNeverGeneratedLabels() {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        PseudoQueries.Generated generated = PseudoQueries.generate(taxonomy, 7, 0.05);

        long framed = generated.queries().stream().filter(q -> q.kind().contains("-framed")).count();
        // vacancy-shaped Dutch queries are a kind of their own, never framed
        long labels = generated.queries().stream()
                .filter(q -> q.kind().startsWith("label-") && !q.kind().startsWith("label-nl-vacancy")).count();
        assertThat(framed).isGreaterThan(labels / 2);
        assertThat(generated.queries()).anyMatch(q -> q.kind().equals("label-nl-vacancy" + PseudoQueries.INDEXED)
                && q.dutch() && q.text().matches("(Je|Jij|In deze functie) .+\\."));
        // a framed query whose label stays indexed is not held out: its skill keeps that label in the documents
        assertThat(generated.queries()).anyMatch(q -> q.kind().endsWith(PseudoQueries.INDEXED));
        assertThat(generated.queries()).anyMatch(q -> q.kind().equals("description-nl") && q.dutch());
        // half the vacancy-shaped sentences name their skill in words no indexed label has
        List<PseudoQuery> heldOutVacancy = generated.queries().stream().filter(q -> q.kind().equals("label-nl-vacancy")).toList();
        assertThat(heldOutVacancy).isNotEmpty();
        heldOutVacancy.forEach(q -> assertThat(generated.heldOut().labels()).containsKey(q.skill()));
        Set<String> written = new java.util.HashSet<>();
        taxonomy.skills().forEach(s -> taxonomy.vocabulary(s.uri()).stream()
                .filter(l -> l.source() != nl.vaardig.taxonomy.model.LabelSource.GENERATED).forEach(l -> written.add(l.text())));
        generated.heldOut().labels().values().forEach(held -> assertThat(written).containsAll(held));
    }
}
