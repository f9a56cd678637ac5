package nl.vaardig.taxonomy.competentnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.csv.RowIssue;
import nl.vaardig.taxonomy.esco.EscoRecord;
import nl.vaardig.taxonomy.esco.EscoSource;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.MappingRelation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import nl.vaardig.taxonomy.testing.ShippedTaxonomy;
import org.junit.jupiter.api.Test;

class CompetentNlTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CompetentNlTest.class.getResource(name).toURI());
    }

    @Test
    void absentFolderMeansNoCompetentNlAndNoFailure() {
        assertThat(CompetentNlLoader.load(Path.of("/nonexistent/competentnl"))).isEmpty();
        assertThat(CompetentNlLoader.load(null)).isEmpty();
    }

    @Test
    void fixtureLoadsLabelsPerOccupationAndReportsBadRows() throws URISyntaxException {
        CompetentNlData data = CompetentNlLoader.load(resource("/competentnl-fixture")).orElseThrow();
        assertThat(data.occupations()).hasSize(3);
        assertThat(data.occupations().getFirst().preferredLabels()).containsExactly("Monteur heftrucks");
        assertThat(data.occupations().getFirst().altLabels()).containsExactly("Heftruckmonteur");
        assertThat(data.stats(CompetentNlLoader.OCCUPATION_LABELS).orElseThrow().badRows()).extracting(RowIssue::line)
                .containsExactly(6L, 7L);
        assertThat(data.capabilities()).singleElement().satisfies(c -> {
            assertThat(c.altLabels()).containsExactly("Ordeningsvermogen");
            assertThat(c.usage()).isEmpty();
        });
        assertThat(data.missingFiles()).containsExactly(CompetentNlLoader.CAPABILITY_COUNTS);
    }

    @Test
    void fixtureOccupationsLinkToEscoByExactAndSameWordLabels() throws URISyntaxException {
        Taxonomy esco = EscoTaxonomyLoader.load(EscoSource.directory(resource("/esco-fixture")), TaxonomyVersion.ESCO_1_1_1,
                List.of(Locale.ENGLISH, Locale.of("nl"))).taxonomy();
        CompetentNlData data = CompetentNlLoader.load(resource("/competentnl-fixture")).orElseThrow();
        CompetentNlEscoLinks links = CompetentNlEscoLinks.link(data, esco);
        OccupationUri forklift = new OccupationUri("http://data.europa.eu/esco/occupation/o1");
        assertThat(links.report()).isEqualTo(new CompetentNlEscoLinks.Report(3, 2, 0, 1, 1, 0, 1));
        assertThat(links.linkOf(new CompetentNlOccupationUri("https://linkeddata.competentnl.nl/uwv/id/occupation/AAA0000004")))
                .hasValueSatisfying(l -> {
                    assertThat(l.method()).isEqualTo(CompetentNlEscoLinks.Method.EXACT_LABEL);
                    assertThat(l.esco()).containsExactly(forklift);
                });
        assertThat(links.linkOf(new CompetentNlOccupationUri("https://linkeddata.competentnl.nl/uwv/id/occupation/AAA0000002")))
                .hasValueSatisfying(l -> assertThat(l.method()).isEqualTo(CompetentNlEscoLinks.Method.SAME_WORDS));
        assertThat(links.linkOf(new CompetentNlOccupationUri("https://linkeddata.competentnl.nl/uwv/id/occupation/AAA0000001")))
                .isEmpty();
        assertThat(links.extraDutchLabels().get(forklift)).containsExactly("Chauffeur heftruck", "Reachtruckchauffeur");
    }

    @Test
    void aCompetentNlOccupationThatCarriesADutchNocTitleLinksThroughTheCrosswalkBeforeLabelSimilarity() throws URISyntaxException {
        Taxonomy esco = EscoTaxonomyLoader.load(EscoSource.directory(resource("/esco-fixture")), TaxonomyVersion.ESCO_1_1_1,
                List.of(Locale.ENGLISH, Locale.of("nl"))).taxonomy();
        CompetentNlData data = CompetentNlLoader.load(resource("/competentnl-fixture")).orElseThrow();
        OccupationUri forklift = new OccupationUri("http://data.europa.eu/esco/occupation/o1");
        var crosswalk = List.of(
                new EscoRecord.NationalTitleRecord(TaxonomyVersion.ESCO_1_1_1, forklift, "123", "Monteur heftrucks",
                        MappingRelation.BROAD),
                // a row for an occupation this taxonomy does not have is ignored
                new EscoRecord.NationalTitleRecord(TaxonomyVersion.ESCO_1_1_1,
                        new OccupationUri("http://data.europa.eu/esco/occupation/absent"), "124", "Something",
                        MappingRelation.EXACT));

        CompetentNlEscoLinks links = CompetentNlEscoLinks.link(data, esco, crosswalk);

        assertThat(links.report()).isEqualTo(new CompetentNlEscoLinks.Report(3, 3, 1, 1, 1, 0, 1));
        assertThat(links.linkOf(new CompetentNlOccupationUri("https://linkeddata.competentnl.nl/uwv/id/occupation/AAA0000001")))
                .hasValueSatisfying(l -> {
                    assertThat(l.method()).isEqualTo(CompetentNlEscoLinks.Method.NATIONAL_TITLE);
                    assertThat(l.viaLabel()).isEqualTo("Monteur heftrucks");
                    assertThat(l.esco()).containsExactly(forklift);
                });
        assertThat(links.linkOf(new CompetentNlOccupationUri("https://linkeddata.competentnl.nl/uwv/id/occupation/AAA0000003")))
                .isEmpty();
        assertThat(links.extraDutchLabels().get(forklift))
                .containsExactly("Monteur heftrucks", "Heftruckmonteur", "Chauffeur heftruck", "Reachtruckchauffeur");
        assertThat(links.report().toString()).contains("1 through a Dutch NOC title", "1 exact Dutch label", "1 same stemmed words");
    }

    @Test
    void realCompetentNlLinksToEscoWhenTheDataIsConfigured() {
        var data = CompetentNlLoader.loadConfigured();
        assumeTrue(data.isPresent(), "CompetentNL folder not configured (vaardig.competentnl.dir); skipped");
        CompetentNlData cnl = data.get();
        assertThat(cnl.occupations()).hasSize(3_255);
        assertThat(cnl.capabilities()).hasSize(112);
        CompetentNlEscoLinks links = CompetentNlEscoLinks.link(cnl, ShippedTaxonomy.get().taxonomy());
        System.out.println(links.report());
        assertThat(links.report().linkRate()).isGreaterThan(0.2);
        assertThat(links.report().nationalTitle()).as("links through the Dutch NOC crosswalk")
                .isGreaterThan(links.report().exact() + links.report().sameWords());
        assertThat(links.extraDutchLabels()).isNotEmpty();
    }
}
