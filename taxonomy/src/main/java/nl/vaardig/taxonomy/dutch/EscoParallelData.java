package nl.vaardig.taxonomy.dutch;

import nl.vaardig.taxonomy.csv.CsvRecordReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What ESCO gives in both languages, read from the reference data folder ({@code esco/v1.1.1/{en,nl,relations}} and
 * {@code esco/crosswalks/esco_vdab_competences_nl.csv}): every skill with its English label, the official Dutch
 * skill labels (crosswalk) and the collection labels, and the other parallel texts (occupation, skill-group and ISCO
 * labels and descriptions). {@code conceptDutch}: the Dutch label, alternative labels and description of every
 * occupation and skill group; {@code neighbours}: per skill the occupations that need it and its broader skill groups
 * (the context {@link SkillContext} reads; no skill labels in it); {@code siblings}: per skill the skills that share a
 * broader concept with it or have an ESCO skill–skill relation to it ({@link NeighbourLabels}).
 */
record EscoParallelData(Map<String, Skill> skills, Map<String, String> officialDutch,
                        Map<String, DutchCollectionSkill> collectionDutch, List<TextPair> otherPairs,
                        List<String> dutchOnly, Set<String> usedByOccupations, Map<String, String> conceptDutch,
                        Map<String, List<String>> neighbours, Map<String, Set<String>> siblings) {

    /** An ESCO skill: English preferred label, description and whether it is a skill/competence (a verb phrase). */
    record Skill(String uri, String label, boolean competence, String description) {
    }

    record DutchCollectionSkill(String label, String description) {
    }

    /** One parallel text: a label pair or a pair of sentences. */
    record TextPair(String english, String dutch, boolean label) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+");

    static EscoParallelData read(Path dataDir) {
        Path esco = dataDir.resolve("esco/v1.1.1");
        var skills = new LinkedHashMap<String, Skill>();
        rows(esco.resolve("en/skills_en.csv"), r -> skills.put(r.get("conceptUri"), new Skill(r.get("conceptUri"),
                r.get("preferredLabel").strip(), "skill/competence".equals(r.get("skillType")), r.get("description"))));

        var official = new LinkedHashMap<String, String>();
        rows(dataDir.resolve("esco/crosswalks/esco_vdab_competences_nl.csv"), r -> {
            String uri = r.get("Classification 1 URL");
            String label = r.get("Classification 1 PrefLabel").strip();
            if (skills.containsKey(uri) && !label.isEmpty()) {
                official.putIfAbsent(uri, label);
            }
        });

        var collection = new LinkedHashMap<String, DutchCollectionSkill>();
        rows(esco.resolve("nl/derived_skill_labels_nl.csv"), r -> {
            if (skills.containsKey(r.get("conceptUri")) && !r.get("preferredLabel_nl").isBlank()) {
                collection.put(r.get("conceptUri"),
                        new DutchCollectionSkill(r.get("preferredLabel_nl").strip(), r.get("description_nl")));
            }
        });

        var pairs = new ArrayList<TextPair>();
        var dutchOnly = new ArrayList<String>();
        var conceptDutch = new HashMap<String, String>();
        concepts(esco, "occupations", pairs, dutchOnly, conceptDutch);
        concepts(esco, "skillGroups", pairs, dutchOnly, conceptDutch);
        concepts(esco, "ISCOGroups", pairs, dutchOnly, new HashMap<>());

        var used = new HashSet<String>();
        var neighbours = new HashMap<String, List<String>>();
        rows(esco.resolve("relations/occupationSkillRelations.csv"), r -> {
            used.add(r.get("skillUri"));
            neighbours.computeIfAbsent(r.get("skillUri"), k -> new ArrayList<>()).add(r.get("occupationUri"));
        });
        rows(esco.resolve("relations/broaderRelationsSkillPillar.csv"), r -> {
            if (skills.containsKey(r.get("conceptUri")) && conceptDutch.containsKey(r.get("broaderUri"))) {
                neighbours.computeIfAbsent(r.get("conceptUri"), k -> new ArrayList<>()).add(r.get("broaderUri"));
            }
        });
        return new EscoParallelData(skills, official, collection, pairs, dutchOnly, used, conceptDutch, neighbours,
                siblings(esco, skills.keySet()));
    }

    private static Map<String, Set<String>> siblings(Path esco, Set<String> skills) {
        var children = new HashMap<String, List<String>>();
        rows(esco.resolve("relations/broaderRelationsSkillPillar.csv"), r -> {
            if (skills.contains(r.get("conceptUri"))) {
                children.computeIfAbsent(r.get("broaderUri"), k -> new ArrayList<>()).add(r.get("conceptUri"));
            }
        });
        var siblings = new HashMap<String, Set<String>>();
        children.values().forEach(group -> group.forEach(skill -> group.stream().filter(o -> !o.equals(skill))
                .forEach(o -> siblings.computeIfAbsent(skill, k -> new HashSet<>()).add(o))));
        rows(esco.resolve("relations/skillSkillRelations.csv"), r -> {
            String a = r.get("originalSkillUri");
            String b = r.get("relatedSkillUri");
            if (skills.contains(a) && skills.contains(b) && !a.equals(b)) {
                siblings.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                siblings.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        });
        return siblings;
    }

    /**
     * Preferred labels and descriptions of one concept file in both languages, matched by concept URI; Dutch
     * alternative labels and descriptions that could not be paired go to {@code dutchOnly} (Dutch text for the
     * bigram model).
     */
    private static void concepts(Path esco, String file, List<TextPair> out, List<String> dutchOnly,
                                 Map<String, String> conceptDutch) {
        var english = new HashMap<String, Map<String, String>>();
        rows(esco.resolve("en/" + file + "_en.csv"), r -> english.put(r.get("conceptUri"),
                Map.of("label", r.get("preferredLabel"), "description", r.get("description"))));
        rows(esco.resolve("nl/" + file + "_nl.csv"), r -> {
            conceptDutch.put(r.get("conceptUri"),
                    String.join("\n", r.get("preferredLabel"), r.get("altLabels"), r.get("description")));
            Map<String, String> en = english.get(r.get("conceptUri"));
            if (en == null) {
                return;
            }
            if (!en.get("label").isBlank() && !r.get("preferredLabel").isBlank()) {
                out.add(new TextPair(en.get("label").strip(), r.get("preferredLabel").strip(), true));
            }
            List<TextPair> sentences = sentencePairs(en.get("description"), r.get("description"));
            out.addAll(sentences);
            if (sentences.isEmpty() && !r.get("description").isBlank()) {
                dutchOnly.addAll(List.of(SENTENCE_END.split(r.get("description").strip())));
            }
            for (String alt : r.get("altLabels").split("\\R")) {
                if (!alt.isBlank()) {
                    dutchOnly.add(alt.strip());
                }
            }
        });
    }

    /** Descriptions paired sentence by sentence when both have the same number of sentences, else not at all. */
    static List<TextPair> sentencePairs(String english, String dutch) {
        if (english == null || dutch == null || english.isBlank() || dutch.isBlank()) {
            return List.of();
        }
        String[] en = SENTENCE_END.split(english.strip());
        String[] nl = SENTENCE_END.split(dutch.strip());
        if (en.length != nl.length) {
            return List.of();
        }
        var out = new ArrayList<TextPair>(en.length);
        for (int i = 0; i < en.length; i++) {
            out.add(new TextPair(en[i].strip(), nl[i].strip(), false));
        }
        return out;
    }

    /** Column access for the reference CSVs (header located by its first column, so the crosswalk preamble is skipped). */
    interface Row {
        String get(String column);
    }

    static void rows(Path file, Consumer<Row> consumer) {
        try (InputStream in = Files.newInputStream(file); var reader = new CsvRecordReader(in)) {
            Map<String, Integer> columns = null;
            CsvRecordReader.Result result;
            while ((result = reader.next()) != null) {
                if (!(result instanceof CsvRecordReader.Parsed p)) {
                    continue;
                }
                List<String> values = p.values();
                if (columns == null) {
                    if (values.isEmpty() || values.get(0).isBlank() || values.get(0).startsWith("Mapping")
                            || values.get(0).startsWith("Classification") && !values.get(0).equals("Classification 1 URI")) {
                        continue;
                    }
                    columns = new HashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        columns.putIfAbsent(values.get(i).strip(), i);
                    }
                    continue;
                }
                Map<String, Integer> cols = columns;
                consumer.accept(column -> {
                    Integer i = cols.get(column);
                    return i == null || i >= values.size() ? "" : values.get(i);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
