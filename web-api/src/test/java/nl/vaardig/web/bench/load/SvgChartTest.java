package nl.vaardig.web.bench.load;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    @Test
    void drawsOneWellFormedPolylinePerLineLeavingOutMissingPoints() throws Exception {
        String svg = new SvgChart("curve <test> & more")
                .panel("Latency", "users", "ms", List.of(
                        new SvgChart.Line("p50", "#000", new double[] {100, 200, 400}, new double[] {3, 4, 5}),
                        new SvgChart.Line("p99", "#f00", new double[] {100, 200, 400}, new double[] {30, Double.NaN, 250})))
                .render();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        assertThat(((Element) lines.item(0)).getAttribute("points").split(" ")).hasSize(3);
        assertThat(((Element) lines.item(1)).getAttribute("points").split(" ")).hasSize(2);
        assertThat(svg).contains("curve &lt;test&gt; &amp; more");
    }

    @Test
    void theHighestPointSitsAtTheTopOfItsPanelAfterRoundingTheAxisUp() {
        assertThat(SvgChart.niceCeiling(250)).isEqualTo(250);
        assertThat(SvgChart.niceCeiling(251)).isEqualTo(500);
        assertThat(SvgChart.niceCeiling(0.7)).isEqualTo(1);
        assertThat(SvgChart.niceCeiling(1234)).isEqualTo(2000);
    }
}
