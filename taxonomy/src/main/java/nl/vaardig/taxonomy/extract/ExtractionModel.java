package nl.vaardig.taxonomy.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.extract.lexicon.SynonymEntry;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.match.BackgroundFrequency;
import nl.vaardig.taxonomy.extract.match.LabelIndex;
import nl.vaardig.taxonomy.extract.match.Namespace;
import nl.vaardig.taxonomy.extract.match.SurfaceKind;
import nl.vaardig.taxonomy.extract.match.Vocabulary;
import nl.vaardig.taxonomy.extract.source.BroaderSkillLink;
import nl.vaardig.taxonomy.extract.source.ExtractionSource;
import nl.vaardig.taxonomy.extract.source.OccupationEntry;
import nl.vaardig.taxonomy.extract.source.OccupationSkillLink;
import nl.vaardig.taxonomy.extract.source.SkillEntry;

/** Everything the extractor reads, indexed once and shared read-only between threads. */
final class ExtractionModel {

    final String[] skillUri;
    final String[] skillLabelEn;
    final String[] skillLabelNl;
    final float[] reuseFactor;
    final Map<String, Integer> skillIndex;
    final int[][] broader;
    final String[] occupationUri;
    final String[] occupationLabelEn;
    final String[] occupationLabelNl;
    final int[][] occupationEssential;
    final int[][] occupationOptional;
    final Vocabulary vocabulary = new Vocabulary();
    final LabelIndex skillsEn;
    final LabelIndex skillsNl;
    final LabelIndex occupationsEn;
    final LabelIndex occupationsNl;
    final List<String> lexiconProblems = new ArrayList<>();

    ExtractionModel(ExtractionSource source, SynonymLexicon lexicon) {
        int n = source.skills().size();
        skillUri = new String[n];
        skillLabelEn = new String[n];
        skillLabelNl = new String[n];
        skillIndex = HashMap.newHashMap(n);
        reuseFactor = new float[n];
        LabelIndex.Builder en = new LabelIndex.Builder(Namespace.EN, vocabulary);
        LabelIndex.Builder nl = new LabelIndex.Builder(Namespace.NL, vocabulary);
        for (int i = 0; i < n; i++) {
            SkillEntry s = source.skills().get(i);
            skillUri[i] = s.uri();
            skillLabelEn[i] = s.preferredLabelEn();
            skillLabelNl[i] = s.preferredLabelNl();
            reuseFactor[i] = HitScoring.reuseFactor(s.reuseLevel());
            skillIndex.put(s.uri(), i);
            en.add(i, s.preferredLabelEn(), SurfaceKind.PREFERRED_LABEL, 1f);
            s.altLabelsEn().forEach(l -> en.add(skillIndex.get(s.uri()), l, SurfaceKind.ALTERNATIVE_LABEL, 1f));
            s.hiddenLabelsEn().forEach(l -> en.add(skillIndex.get(s.uri()), l, SurfaceKind.HIDDEN_LABEL, 1f));
            if (s.hasDutchLabel()) {
                nl.add(i, s.preferredLabelNl(), SurfaceKind.PREFERRED_LABEL, 1f);
                s.altLabelsNl().forEach(l -> nl.add(skillIndex.get(s.uri()), l, SurfaceKind.ALTERNATIVE_LABEL, 1f));
            }
        }
        int lineNo = 0;
        for (SynonymEntry entry : lexicon.entries()) {
            lineNo++;
            Integer skill = skillIndex.get(entry.skillUri());
            if (skill == null) {
                lexiconProblems.add("entry " + lineNo + " (" + entry.phrase() + "): unknown skill " + entry.skillUri());
                continue;
            }
            ("nl".equals(entry.language()) ? nl : en).add(skill, entry.phrase(), SurfaceKind.CURATED_SYNONYM, entry.weight());
        }

        int m = source.occupations().size();
        occupationUri = new String[m];
        occupationLabelEn = new String[m];
        occupationLabelNl = new String[m];
        Map<String, Integer> occupationIndex = HashMap.newHashMap(m);
        LabelIndex.Builder occEn = new LabelIndex.Builder(Namespace.EN, vocabulary, true);
        LabelIndex.Builder occNl = new LabelIndex.Builder(Namespace.NL, vocabulary, true);
        for (int i = 0; i < m; i++) {
            OccupationEntry o = source.occupations().get(i);
            occupationUri[i] = o.uri();
            occupationLabelEn[i] = o.preferredLabelEn();
            occupationLabelNl[i] = o.preferredLabelNl();
            occupationIndex.put(o.uri(), i);
            occEn.add(i, o.preferredLabelEn(), SurfaceKind.PREFERRED_LABEL, 1f);
            for (String l : o.altLabelsEn()) {
                occEn.add(i, l, SurfaceKind.ALTERNATIVE_LABEL, 1f);
            }
            if (o.preferredLabelNl() != null) {
                occNl.add(i, o.preferredLabelNl(), SurfaceKind.PREFERRED_LABEL, 1f);
            }
            for (String l : o.altLabelsNl()) {
                occNl.add(i, l, SurfaceKind.ALTERNATIVE_LABEL, 1f);
            }
        }
        vocabulary.freeze();
        List<String> proseEn = new ArrayList<>();
        List<String> proseNl = new ArrayList<>();
        source.skills().forEach(s -> {
            proseEn.add(s.descriptionEn());
            proseNl.add(s.descriptionNl());
        });
        source.occupations().forEach(o -> {
            proseEn.add(o.descriptionEn());
            proseNl.add(o.descriptionNl());
        });
        float[] backgroundEn = BackgroundFrequency.idf(Namespace.EN, proseEn, vocabulary);
        float[] backgroundNl = BackgroundFrequency.idf(Namespace.NL, proseNl, vocabulary);
        skillsEn = en.build(backgroundEn);
        skillsNl = nl.build(backgroundNl);
        occupationsEn = occEn.build(backgroundEn);
        occupationsNl = occNl.build(backgroundNl);

        List<List<Integer>> essential = lists(m);
        List<List<Integer>> optional = lists(m);
        for (OccupationSkillLink link : source.occupationSkills()) {
            Integer o = occupationIndex.get(link.occupationUri());
            Integer s = skillIndex.get(link.skillUri());
            if (o != null && s != null) {
                (link.essential() ? essential : optional).get(o).add(s);
            }
        }
        occupationEssential = arrays(essential);
        occupationOptional = arrays(optional);

        List<List<Integer>> up = lists(n);
        for (BroaderSkillLink link : source.broaderSkills()) {
            Integer s = skillIndex.get(link.skillUri());
            Integer b = skillIndex.get(link.broaderSkillUri());
            if (s != null && b != null) {
                up.get(s).add(b);
            }
        }
        broader = arrays(up);
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(0));
        }
        return out;
    }

    private static int[][] arrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            // sorted: OccupationProfile looks skills up by binary search
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }
        return out;
    }
}
