package nl.vaardig.taxonomy.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.vaardig.taxonomy.csv.CsvHeaderException;
import org.junit.jupiter.api.Test;

class LabourMarketRegionsTest {

    private final LabourMarketRegions regions = LabourMarketRegions.shipped();

    @Test
    void thereAre35RegionsCovering342CurrentGemeenten() {
        assertThat(regions.all()).hasSize(35);
        assertThat(regions.all().stream().mapToInt(r -> r.gemeenten().size()).sum()).isEqualTo(342);
        assertThat(regions.loadStats().rowsRead()).isEqualTo(469);
        assertThat(regions.loadStats().badRows()).isEmpty();
    }

    @Test
    void gemeenteNameFindsItsRegionIgnoringCaseAndDiacritics() {
        assertThat(regions.regionOf("Amsterdam")).map(LabourMarketRegion::name).contains("Groot Amsterdam");
        assertThat(regions.regionOf("amsterdam")).map(r -> r.code().value()).contains("AM18");
        assertThat(regions.regionOf("GM0363")).map(r -> r.code().value()).contains("AM18");
        assertThat(regions.regionOf("Súdwest-Fryslân")).map(LabourMarketRegion::name).contains("Friesland");
    }

    @Test
    void formerGemeenteNamesStillResolveToTheirLastRegion() {
        assertThat(regions.gemeente("Aalburg")).hasValueSatisfying(g -> {
            assertThat(g.current()).isFalse();
            assertThat(g.lastYear()).isEqualTo(2018);
        });
        assertThat(regions.regionOf("Aalburg")).map(r -> r.code().value()).contains("AM25");
    }

    @Test
    void nameWithoutQualifierResolvesOnlyWhenUnambiguous() {
        assertThat(regions.regionOf("Hengelo")).map(r -> r.code().value()).contains("AM05");
        assertThat(regions.gemeente("Hengelo")).map(Gemeente::name).contains("Hengelo (O.)");
        assertThat(regions.gemeente("Bergen")).isEmpty();
        assertThat(regions.regionOf("Bergen (NH.)")).map(r -> r.code().value()).contains("AM15");
        assertThat(regions.regionOf("Atlantis")).isEmpty();
    }

    @Test
    void knownCrossProvinceQuirksAreKept() {
        assertThat(regions.regionOf("Zeewolde")).map(LabourMarketRegion::name).contains("Veluwe Stedendriehoek");
        assertThat(regions.regionOf("De Ronde Venen")).map(r -> r.code().value()).contains("AM18");
    }

    @Test
    void badRowsAreCountedAndAMissingColumnIsNamed() {
        String csv = "name,code,year,region_code,region\nA,GM0001,2026,AM01,Een\nB,XX,2026,AM01,Een\nC,GM0003,2010,,\n";
        var loaded = LabourMarketRegions.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
        assertThat(loaded.loadStats().badRows()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(3));
        assertThat(loaded.loadStats().warnings()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(4));
        assertThat(loaded.all()).singleElement().satisfies(r -> assertThat(r.gemeenten()).hasSize(1));
        assertThatThrownBy(() -> LabourMarketRegions.load(
                new ByteArrayInputStream("name,code,year,region\n".getBytes(StandardCharsets.UTF_8)), "t.csv"))
                .isInstanceOf(CsvHeaderException.class).hasMessageContaining("region_code");
    }

    @Test
    void codesAreValidated() {
        assertThatThrownBy(() -> new AmrCode("AM1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GemeenteCode("0363")).isInstanceOf(IllegalArgumentException.class);
    }
}
