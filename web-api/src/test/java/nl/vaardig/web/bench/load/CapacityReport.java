package nl.vaardig.web.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import static nl.vaardig.web.bench.load.SvgChart.COLOURS;

/** Writes the curve's and the soak's CSV, JSON, markdown and SVG files, and prints the markdown. */
final class CapacityReport {

    private CapacityReport() {
    }

    static void writeCurve(CapacityOptions options, List<CapacityRunner.StepFigures> steps) throws IOException {
        Path out = options.outDir();
        StringBuilder csv = new StringBuilder("users,seconds,requests,req_per_s,errors,error_rate,p50_ms,p95_ms,p99_ms,"
                + "app_cpu_cores,db_cpu_cores,generator_cpu_cores,heap_used_mean_mb,heap_used_max_mb,heap_after_gc_mb,threads_max,"
                + "connections_active_mean,connections_active_max,connections_idle_min,connections_pending_max,rss_max_mb,"
                + "load_average\n");
        StringBuilder stepCsv = new StringBuilder("users,journey_step,requests,errors,p50_ms,p95_ms,p99_ms\n");
        for (CapacityRunner.StepFigures s : steps) {
            Recorder.Summary t = s.total();
            csv.append(format("%d,%.1f,%d,%.2f,%d,%.5f,%.1f,%.1f,%.1f,%.3f,%.3f,%.3f,%.0f,%.0f,%.0f,%d,%.2f,%d,%d,%d,%.0f,%.2f%n",
                    s.users(), s.seconds(), t.requests(), s.requestsPerSecond(), t.errors(), t.errorRate(), t.p50(), t.p95(),
                    t.p99(), s.appCpuCores(), s.dbCpuCores(), s.generatorCpuCores(), s.heapUsedMeanMb(), s.heapUsedMaxMb(), s.heapAfterGcMb(),
                    s.threadsMax(), s.connectionsActiveMean(), s.connectionsActiveMax(), s.connectionsIdleMin(),
                    s.connectionsPendingMax(), s.rssMaxMb(), s.loadAverage()));
            for (Recorder.Summary j : s.journeySteps()) {
                stepCsv.append(format("%d,\"%s\",%d,%d,%.1f,%.1f,%.1f%n", s.users(), j.name(), j.requests(), j.errors(),
                        j.p50(), j.p95(), j.p99()));
            }
        }
        String markdown = curveMarkdown(options, steps);
        CapacityRunner.write(out.resolve(options.name() + ".csv"), csv.toString());
        CapacityRunner.write(out.resolve(options.name() + "-steps.csv"), stepCsv.toString());
        CapacityRunner.write(out.resolve(options.name() + ".json"), CapacityRunner.json(Map.of("options", describe(options),
                "steps", steps)));
        CapacityRunner.write(out.resolve(options.name() + ".md"), markdown);
        CapacityRunner.write(out.resolve(options.name() + ".svg"), curveChart(options, steps));
        System.out.println();
        System.out.println(markdown);
    }

    static String curveMarkdown(CapacityOptions options, List<CapacityRunner.StepFigures> steps) {
        StringBuilder md = new StringBuilder(format("Capacity curve %s: steps of %s measured after a %d s ramp, think %d-%d ms%n%n",
                options.name(), options.stepLength(), options.rampUp().toSeconds(), options.target().thinkMinMillis(),
                options.target().thinkMaxMillis()));
        md.append("| users | req/s | requests | errors | error rate | p50 ms | p95 ms | p99 ms | CPU app / PostgreSQL / generator (cores) "
                + "| heap max MB | heap after GC MB | threads | DB active avg/max | DB idle min | DB pending max | RSS MB | load |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CapacityRunner.StepFigures s : steps) {
            Recorder.Summary t = s.total();
            md.append(format("| %d | %.1f | %,d | %d | %.2f %% | %.1f | %.1f | %.1f | %.2f / %.2f / %.2f | %.0f | %.0f | %d | %.1f / %d "
                            + "| %d | %d | %.0f | %.1f |%n", s.users(), s.requestsPerSecond(), t.requests(), t.errors(),
                    100 * t.errorRate(), t.p50(), t.p95(), t.p99(), s.appCpuCores(), s.dbCpuCores(), s.generatorCpuCores(),
                    s.heapUsedMaxMb(),
                    s.heapAfterGcMb(), s.threadsMax(), s.connectionsActiveMean(), s.connectionsActiveMax(),
                    s.connectionsIdleMin(), s.connectionsPendingMax(), s.rssMaxMb(), s.loadAverage()));
        }
        md.append("\np99 ms per journey step:\n\n| journey · step |");
        Map<String, Map<Integer, Double>> byStep = new TreeMap<>();
        for (CapacityRunner.StepFigures s : steps) {
            md.append(format(" %d |", s.users()));
            for (Recorder.Summary j : s.journeySteps()) {
                byStep.computeIfAbsent(j.name(), k -> new LinkedHashMap<>()).put(s.users(), j.p99());
            }
        }
        md.append("\n|---|").append("---:|".repeat(steps.size())).append('\n');
        byStep.forEach((name, p99) -> {
            md.append("| ").append(name).append(" |");
            for (CapacityRunner.StepFigures s : steps) {
                Double v = p99.get(s.users());
                md.append(v == null ? " – |" : format(" %.1f |", v));
            }
            md.append('\n');
        });
        return md.toString();
    }

    private static String curveChart(CapacityOptions options, List<CapacityRunner.StepFigures> steps) {
        double[] users = steps.stream().mapToDouble(CapacityRunner.StepFigures::users).toArray();
        return new SvgChart("Vaardig capacity curve " + options.name() + " (mixed journeys, generator on the same machine)")
                .panel("Latency", "virtual users", "ms", List.of(
                        line("p50", 0, users, steps, s -> s.total().p50()),
                        line("p95", 4, users, steps, s -> s.total().p95()),
                        line("p99", 1, users, steps, s -> s.total().p99())))
                .panel("Throughput and errors", "virtual users", "req/s; errors per 1,000", List.of(
                        line("req/s", 0, users, steps, CapacityRunner.StepFigures::requestsPerSecond),
                        line("errors / 1,000", 1, users, steps, s -> 1000 * s.total().errorRate())))
                .panel("CPU (2 cores on the machine)", "virtual users", "cores", List.of(
                        line("app JVM (with Kafka)", 0, users, steps, CapacityRunner.StepFigures::appCpuCores),
                        line("PostgreSQL", 2, users, steps, CapacityRunner.StepFigures::dbCpuCores),
                        line("load generator", 4, users, steps, CapacityRunner.StepFigures::generatorCpuCores)))
                .panel("Heap", "virtual users", "MB", List.of(
                        line("heap used, max", 0, users, steps, CapacityRunner.StepFigures::heapUsedMaxMb),
                        line("heap after GC", 2, users, steps, CapacityRunner.StepFigures::heapAfterGcMb)))
                .panel("Threads and database connections", "virtual users", "count", List.of(
                        line("live threads", 0, users, steps, CapacityRunner.StepFigures::threadsMax),
                        line("DB active, max", 1, users, steps, CapacityRunner.StepFigures::connectionsActiveMax),
                        line("DB pending, max", 3, users, steps, CapacityRunner.StepFigures::connectionsPendingMax)))
                .render();
    }

    static void writeSoak(CapacityOptions options, List<CapacityRunner.SoakSample> samples, List<Flatness> verdicts,
                          Recorder whole, double seconds) throws IOException {
        Path out = options.outDir();
        StringBuilder csv = new StringBuilder("minute,heap_used_mb,heap_after_gc_mb,threads,connections_active,"
                + "connections_idle,connections_pending,rss_mb,app_cpu_cores,db_cpu_cores,req_per_s,requests,errors,p50_ms,p99_ms,load_average\n");
        for (CapacityRunner.SoakSample s : samples) {
            AppProbe.Sample a = s.app();
            csv.append(format("%.2f,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f,%.3f,%.3f,%.2f,%d,%d,%.1f,%.1f,%.2f%n", s.minute(), a.heapUsedMb(),
                    a.heapAfterGcMb(), a.threads(), a.connectionsActive(), a.connectionsIdle(), a.connectionsPending(),
                    a.rssMb(), s.appCpuCores(), s.dbCpuCores(), s.requestsPerSecond(), s.requests(), s.errors(), s.p50(), s.p99(),
                    a.loadAverage()));
        }
        Recorder.Summary total = whole.total();
        StringBuilder md = new StringBuilder(format("Soak %s: %d users, %.1f min, samples every %d s, slopes after %.1f min "
                        + "of warm-up%n%n%,d requests, %d errors (%.3f %%), %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n%n",
                options.name(), options.soakUsers(), seconds / 60, options.sampleEvery().toSeconds(),
                options.warmUp().toMillis() / 60_000.0, total.requests(), total.errors(), 100 * total.errorRate(),
                total.requests() / seconds, total.p50(), total.p95(), total.p99()));
        md.append("| figure | samples | mean | slope per 10 min | limit | verdict |\n|---|---:|---:|---:|---:|---|\n");
        for (Flatness f : verdicts) {
            md.append(format("| %s | %d | %.1f | %+.2f | ±%.1f | %s |%n", f.metric(), f.samples(), f.mean(),
                    f.slopePer10Minutes(), f.limit(), f.flat() ? "flat" : "**" + f.trend() + "**"));
        }
        boolean allFlat = verdicts.stream().allMatch(Flatness::flat);
        boolean noneRising = verdicts.stream().noneMatch(f -> "rising".equals(f.trend()));
        md.append(format("%nVerdict: %s%n", allFlat ? "FLAT (every figure within its limit)"
                : noneRising ? "NOT FLAT, but nothing rises (a figure falls: settling, not leaking)" : "NOT FLAT: a figure rises"));
        CapacityRunner.write(out.resolve(options.name() + ".csv"), csv.toString());
        CapacityRunner.write(out.resolve(options.name() + ".json"), CapacityRunner.json(Map.of("options", describe(options),
                "samples", samples, "verdicts", verdicts, "flat", allFlat, "total", total)));
        CapacityRunner.write(out.resolve(options.name() + ".md"), md.toString());
        CapacityRunner.write(out.resolve(options.name() + ".svg"), soakChart(options, samples));
        System.out.println();
        System.out.println(md);
        System.out.println(whole.report(seconds));
    }

    private static String soakChart(CapacityOptions options, List<CapacityRunner.SoakSample> samples) {
        double[] minutes = samples.stream().mapToDouble(CapacityRunner.SoakSample::minute).toArray();
        return new SvgChart("Vaardig soak " + options.name() + ": " + options.soakUsers() + " users")
                .panel("Memory", "minutes", "MB", List.of(
                        soakLine("heap used", 0, minutes, samples, s -> s.app().heapUsedMb()),
                        soakLine("heap after GC", 2, minutes, samples, s -> s.app().heapAfterGcMb()),
                        soakLine("RSS", 3, minutes, samples, s -> s.app().rssMb())))
                .panel("Threads and database connections", "minutes", "count", List.of(
                        soakLine("live threads", 0, minutes, samples, s -> s.app().threads()),
                        soakLine("DB active", 1, minutes, samples, s -> s.app().connectionsActive()),
                        soakLine("DB idle", 2, minutes, samples, s -> s.app().connectionsIdle())))
                .panel("Latency per 30 s window", "minutes", "ms", List.of(
                        soakLine("p50", 0, minutes, samples, CapacityRunner.SoakSample::p50),
                        soakLine("p99", 1, minutes, samples, CapacityRunner.SoakSample::p99)))
                .panel("Throughput", "minutes", "req/s", List.of(
                        soakLine("req/s", 0, minutes, samples, CapacityRunner.SoakSample::requestsPerSecond)))
                .render();
    }

    private static SvgChart.Line line(String name, int colour, double[] users, List<CapacityRunner.StepFigures> steps,
                                      ToDoubleFunction<CapacityRunner.StepFigures> figure) {
        return new SvgChart.Line(name, COLOURS[colour], users, steps.stream().mapToDouble(figure).toArray());
    }

    private static SvgChart.Line soakLine(String name, int colour, double[] minutes, List<CapacityRunner.SoakSample> samples,
                                          ToDoubleFunction<CapacityRunner.SoakSample> figure) {
        return new SvgChart.Line(name, COLOURS[colour], minutes, samples.stream().mapToDouble(figure).toArray());
    }

    private static Map<String, Object> describe(CapacityOptions o) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", o.soak() ? "soak" : "curve");
        d.put("baseUrl", o.target().baseUrl());
        d.put("thinkMillis", o.target().thinkMinMillis() + "-" + o.target().thinkMaxMillis());
        d.put("rampSeconds", o.rampUp().toSeconds());
        d.put("sampleSeconds", o.sampleEvery().toSeconds());
        if (o.soak()) {
            d.put("users", o.soakUsers());
            d.put("minutes", o.soakLength().toMillis() / 60_000.0);
            d.put("warmupMinutes", o.warmUp().toMillis() / 60_000.0);
        } else {
            d.put("steps", new ArrayList<>(o.steps()));
            d.put("stepMinutes", o.stepLength().toMillis() / 60_000.0);
        }
        d.put("appPid", o.appPid().isPresent() ? o.appPid().getAsLong() : null);
        d.put("cpus", Runtime.getRuntime().availableProcessors());
        return d;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
