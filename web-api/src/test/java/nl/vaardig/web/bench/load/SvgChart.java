package nl.vaardig.web.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG line chart writer for the capacity curve and the soak (no plotting library: the runner draws its own
 * picture for docs/). Panels are stacked; each has its own y axis, lines share the panel's x axis. NaN points are left out.
 */
final class SvgChart {

    record Line(String name, String colour, double[] x, double[] y) {
    }

    private record Panel(String title, String xLabel, String yLabel, List<Line> lines) {
    }

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int WIDTH = 820;
    private static final int PANEL_HEIGHT = 250;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 40;
    private static final int BOTTOM = 45;

    private final String title;
    private final List<Panel> panels = new ArrayList<>();

    SvgChart(String title) {
        this.title = title;
    }

    SvgChart panel(String panelTitle, String xLabel, String yLabel, List<Line> lines) {
        panels.add(new Panel(panelTitle, xLabel, yLabel, lines));
        return this;
    }

    String render() {
        int height = 30 + panels.size() * (PANEL_HEIGHT + TOP + BOTTOM);
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append(format("<text x=\"%d\" y=\"20\" font-size=\"15\" font-weight=\"bold\">%s</text>%n", LEFT, escape(title)));
        int top = 30;
        for (Panel panel : panels) {
            renderPanel(svg, panel, top + TOP);
            top += PANEL_HEIGHT + TOP + BOTTOM;
        }
        return svg.append("</svg>\n").toString();
    }

    private void renderPanel(StringBuilder svg, Panel panel, int top) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        double[] xRange = range(panel.lines(), true);
        double[] yRange = range(panel.lines(), false);
        double yMax = niceCeiling(Math.max(yRange[1], 1e-9));
        double yMin = Math.min(0, yRange[0]);
        double xMin = xRange[0];
        double xMax = xRange[1] > xRange[0] ? xRange[1] : xRange[0] + 1;
        svg.append(format("<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", LEFT, top - 12, escape(panel.title())));
        svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                LEFT, top, plotWidth, PANEL_HEIGHT));
        for (int i = 0; i <= 4; i++) {
            double value = yMin + (yMax - yMin) * i / 4;
            double y = top + PANEL_HEIGHT - PANEL_HEIGHT * i / 4.0;
            svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + plotWidth, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 5, y + 4, number(value)));
        }
        for (double x : ticks(panel.lines(), xMin, xMax)) {
            double px = LEFT + plotWidth * (x - xMin) / (xMax - xMin);
            svg.append(format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>%n", px, top + PANEL_HEIGHT, px,
                    top + PANEL_HEIGHT + 4));
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, top + PANEL_HEIGHT + 17, number(x)));
        }
        svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", LEFT + plotWidth / 2,
                top + PANEL_HEIGHT + 35, escape(panel.xLabel())));
        svg.append(format("<text transform=\"translate(15,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>%n",
                top + PANEL_HEIGHT / 2, escape(panel.yLabel())));
        int legendY = top + 10;
        for (Line line : panel.lines()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.x().length; i++) {
                if (Double.isNaN(line.y()[i])) {
                    continue;
                }
                double px = LEFT + plotWidth * (line.x()[i] - xMin) / (xMax - xMin);
                double py = top + PANEL_HEIGHT - PANEL_HEIGHT * (line.y()[i] - yMin) / (yMax - yMin);
                points.append(format("%.1f,%.1f ", px, py));
                svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n", px, py, line.colour()));
            }
            svg.append(format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", line.colour(),
                    points.toString().strip()));
            svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                    LEFT + plotWidth + 12, legendY, LEFT + plotWidth + 32, legendY, line.colour()));
            svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + plotWidth + 37, legendY + 4, escape(line.name())));
            legendY += 18;
        }
    }

    private static double[] range(List<Line> lines, boolean xAxis) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (int i = 0; i < line.x().length; i++) {
                double v = xAxis ? line.x()[i] : line.y()[i];
                if (!Double.isNaN(line.y()[i]) && !Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min > max ? new double[] {0, 1} : new double[] {min, max};
    }

    /** The x values of the data when there are few (the user steps), else five even ticks. */
    private static List<Double> ticks(List<Line> lines, double min, double max) {
        List<Double> xs = new ArrayList<>();
        if (!lines.isEmpty() && lines.getFirst().x().length <= 10) {
            for (double x : lines.getFirst().x()) {
                xs.add(x);
            }
            return xs;
        }
        for (int i = 0; i <= 5; i++) {
            xs.add(min + (max - min) * i / 5);
        }
        return xs;
    }

    static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? format("%.0f", v) : format("%.1f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
