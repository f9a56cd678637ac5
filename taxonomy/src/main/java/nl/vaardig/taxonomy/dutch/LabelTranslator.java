package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * English ESCO label → Dutch label, learnt only from the parallel pairs it is given. Training: IBM-1 word alignment
 * in both directions over label and sentence pairs (Dutch compounds split first), symmetrised; phrase pairs extracted
 * from all aligned pairs (sentence pairs at half weight), verb templates and compound rates from the label pairs; a
 * Dutch bigram model over all Dutch text. Translation: a label
 * seen whole is reused; a skill/competence label whose first word(s) have a verb template gets the template around
 * the translated rest; everything else is translated phrase by phrase, left to right, by a Viterbi search over
 * phrase probability and the bigram model. An English word never seen is spelled by a learnt cognate rule
 * ("cardiology" → "cardiologie") or, failing that or when it is a name, copied as written.
 */
final class LabelTranslator {

    /** One training label pair; {@code competence} marks a skill/competence (verb phrase) label. */
    record Example(String english, String dutch, boolean competence) {
    }

    /** A Dutch label with what is known about how it was made (turned into a confidence by {@link QualityModel}). */
    record Translation(String text, double[] features, String method) {

        /** The same label with what the official labels of the skills around it say ({@link NeighbourLabels}). */
        Translation withNeighbours(double[] shares) {
            return new Translation(text, QualityFeatures.withNeighbours(features, shares), method);
        }
    }

    private static final int ITERATIONS = 5;
    private static final int LABEL_WEIGHT = 3;
    private static final int OPTIONS_PER_PHRASE = 6;
    private static final int BEAM = 12;
    // weights chosen on fold 1 of the held-out measurement (LM 0.3/0.6/1.0, inverse 0/0.5/1): docs/taxonomy.md
    private static final double LM_WEIGHT = 0.6;
    private static final double PHRASE_PENALTY = -0.4;
    private static final double INVERSE_WEIGHT = 1.0;
    /** Counted in {@code copied} as a thousandth: a spelled cognate is neither known nor a plain copy. */
    private static final int SPELLED = 1000;
    private static final double GLUE_PENALTY = -50;
    /**
     * Added to (or taken from) a compound whose last two parts the Dutch speller accepts (or rejects) as one word:
     * OpenTaal accepts noun + noun ("wond+ zorg") and rejects most adjective + noun ("klinische+ microbiologie").
     */
    private static final double SPELLER_COMPOUND = 2.0;
    /** English words that make a label more than modifiers + head ("typology of meat parts"): no head frame then. */
    private static final java.util.Set<String> PHRASE_WORDS =
            java.util.Set.of(",", "(", ")", "/", "&", "of", "for", "in", "on", "to", "with", "and", "or", "by", "from");
    private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("\\R|[.:;!?•(\\-–]\\s");
    private static final double COPY_LOG_PROBABILITY = Math.log(1e-4);
    /**
     * p(nl|en) and p(en|nl) given to a dictionary candidate for an English word the parallel data never had, and to
     * copying an English word that is also a Dutch word: far below learnt phrases, above copying an English word.
     */
    private static final double DICTIONARY_PRIOR = 0.05;
    /**
     * Added per generated Dutch word × its lift in the skill's context ({@link SkillContext}): among the options for
     * an English word, the one the skill's occupations and skill groups use in Dutch wins more often.
     */
    private static final double CONTEXT_WEIGHT = 1.0;
    /**
     * Added × the {@link HeadNouns} share of the Dutch head word of a span ending in a head noun; chosen on fold 1 of
     * the held-out measurement (2: 26 of 1,402 labels changed, 8 better, 7 worse; 4: 55 changed, token F1 down).
     */
    private static final double HEAD_WEIGHT = 2.0;

    private final PhraseTable phrases;
    private final VerbTemplates templates;
    private final VerbTable verbs;
    private final ClauseOrder clauses;
    private final HeadFrames heads;
    private final HeadNouns headNouns;
    private final HeadOrder headOrder;
    private final CompoundRates compounds;
    private final Cognates cognates;
    private final BigramModel dutchModel;
    private final Map<String, String> wholeLabels;
    private final LabelPhrases labelPhrases;
    private final Map<String, String> casing;
    private final DutchLexicon lexicon;
    private final java.util.Set<String> dutchWords;
    private final CompoundSplitter splitter;
    private EnglishCompounds englishCompounds;

    private LabelTranslator(PhraseTable phrases, VerbTemplates templates, VerbTable verbs, ClauseOrder clauses,
                            HeadFrames heads, HeadNouns headNouns, HeadOrder headOrder, CompoundRates compounds,
                            Cognates cognates,
                            BigramModel dutchModel, Map<String, String> wholeLabels, LabelPhrases labelPhrases,
                            Map<String, String> casing, DutchLexicon lexicon, java.util.Set<String> dutchWords,
                            CompoundSplitter splitter) {
        this.labelPhrases = labelPhrases;
        this.lexicon = lexicon;
        this.dutchWords = dutchWords;
        this.splitter = splitter;
        this.cognates = cognates;
        this.phrases = phrases;
        this.templates = templates;
        this.verbs = verbs;
        this.clauses = clauses;
        this.heads = heads;
        this.headNouns = headNouns;
        this.headOrder = headOrder;
        this.compounds = compounds;
        this.dutchModel = dutchModel;
        this.wholeLabels = wholeLabels;
        this.casing = casing;
    }

    static LabelTranslator train(List<Example> labels, List<EscoParallelData.TextPair> others) {
        return train(labels, others, List.of(), DutchLexicon.none());
    }

    /** {@code dutchOnly}: Dutch text without an English side, for the bigram model and the known Dutch words. */
    static LabelTranslator train(List<Example> labels, List<EscoParallelData.TextPair> others, List<String> dutchOnly,
                                 DutchLexicon lexicon) {
        var dutchWords = new HashSet<String>();
        var casing = new HashMap<String, Map<String, Integer>>();
        for (Example e : labels) {
            dutchWords.addAll(LabelTokens.tokens(e.dutch()));
            rememberCasing(e.dutch(), casing);
        }
        for (var p : others) {
            dutchWords.addAll(LabelTokens.tokens(p.dutch()));
            rememberCasing(p.dutch(), casing);
        }
        var splitter = new CompoundSplitter(dutchWords);

        var englishVocabulary = new Vocabulary();
        var dutchVocabulary = new Vocabulary();
        var englishTokens = new ArrayList<List<String>>();
        var dutchTokens = new ArrayList<List<String>>();
        var englishIds = new ArrayList<int[]>();
        var dutchIds = new ArrayList<int[]>();
        var weights = new ArrayList<Integer>();
        var competence = new ArrayList<Boolean>();
        var isLabel = new ArrayList<Boolean>();
        var dutchModel = new BigramModel();
        for (Example e : labels) {
            addPair(e.english(), e.dutch(), LABEL_WEIGHT, splitter, englishVocabulary, dutchVocabulary,
                    englishTokens, dutchTokens, englishIds, dutchIds, weights);
            competence.add(e.competence());
            isLabel.add(true);
        }
        for (var p : others) {
            addPair(p.english(), p.dutch(), p.label() ? LABEL_WEIGHT : 1, splitter, englishVocabulary, dutchVocabulary,
                    englishTokens, dutchTokens, englishIds, dutchIds, weights);
            competence.add(false);
            isLabel.add(p.label());
        }
        for (var d : dutchTokens) {
            dutchModel.add(d);
        }
        var knownWords = new HashSet<>(dutchWords);
        for (String text : dutchOnly) {
            var d = new ArrayList<String>();
            for (String t : LabelTokens.tokens(text)) {
                d.addAll(splitter.split(t));
                knownWords.add(t);
            }
            if (!d.isEmpty() && d.size() <= 60) {
                dutchModel.add(d);
            }
        }
        int[] w = weights.stream().mapToInt(Integer::intValue).toArray();
        WordAligner toDutch = WordAligner.train(englishIds, dutchIds, w, ITERATIONS);
        WordAligner toEnglish = WordAligner.train(dutchIds, englishIds, w, ITERATIONS);

        var phrases = new PhraseTable();
        var templates = new VerbTemplates();
        var verbs = new VerbTable();
        for (Example e : labels) {
            if (e.competence()) {
                verbs.learn(e.english(), e.dutch());
            }
        }
        var clauses = new ClauseOrder();
        var heads = new HeadFrames();
        var headNouns = new HeadNouns();
        var headOrder = new HeadOrder();
        var labelPairs = new ArrayList<Integer>();
        var alignments = new ArrayList<Alignment>();
        var compounds = new CompoundRates();
        var wholeLabels = new HashMap<String, Map<String, Integer>>();
        var labelPhrases = new LabelPhrases();
        for (int s = 0; s < englishIds.size(); s++) {
            if (englishIds.get(s).length == 0 || dutchIds.get(s).length == 0) {
                continue;
            }
            Alignment a = Alignment.symmetrise(toDutch.viterbi(englishIds.get(s), dutchIds.get(s)),
                    toEnglish.viterbi(dutchIds.get(s), englishIds.get(s)),
                    englishIds.get(s).length, dutchIds.get(s).length);
            phrases.extract(englishTokens.get(s), dutchTokens.get(s), a, isLabel.get(s) ? 1.0 : 0.5);
            if (isLabel.get(s)) {
                compounds.learn(englishTokens.get(s), dutchTokens.get(s), a);
                headNouns.learn(englishTokens.get(s), dutchTokens.get(s), a);
                labelPairs.add(s);
                alignments.add(a);
            }
            if (competence.get(s)) {
                templates.learn(englishTokens.get(s), dutchTokens.get(s), a);
                clauses.learn(englishTokens.get(s), dutchTokens.get(s), a);
            } else if (isLabel.get(s)) {
                heads.learn(englishTokens.get(s), dutchTokens.get(s), a);
            }
            if (isLabel.get(s) && !competence.get(s)) {
                labelPhrases.learn(englishTokens.get(s), dutchTokens.get(s));
            }
            if (isLabel.get(s)) {
                wholeLabels.computeIfAbsent(String.join(" ", englishTokens.get(s)), k -> new HashMap<>())
                        .merge(String.join(" ", dutchTokens.get(s)), 1, Integer::sum);
            }
        }
        for (int k = 0; k < labelPairs.size(); k++) {
            // after the loop: the first modifier's learnt compound rate is one of the head order's features
            int s = labelPairs.get(k);
            int from = competence.get(s) ? 1 : 0;
            List<String> e = englishTokens.get(s);
            headOrder.learn(e, dutchTokens.get(s), alignments.get(k), from, PHRASE_WORDS,
                    from < e.size() && compounds.compoundsLikeANoun(e.get(from)));
        }
        phrases.finish(OPTIONS_PER_PHRASE);
        var cognates = new Cognates();
        phrases.forEachWordPair(cognates::learn);
        var whole = new HashMap<String, String>();
        wholeLabels.forEach((en, nl) -> whole.put(en, Tally.mostCounted(nl).form()));
        return new LabelTranslator(phrases, templates, verbs, clauses, heads, headNouns, headOrder, compounds,
                cognates,
                dutchModel, whole, labelPhrases.finish(),
                casedForms(casing), lexicon, knownWords, splitter);
    }

    private static void addPair(String english, String dutch, int weight, CompoundSplitter splitter,
                                Vocabulary ev, Vocabulary dv, List<List<String>> et, List<List<String>> dt,
                                List<int[]> eIds, List<int[]> dIds, List<Integer> weights) {
        List<String> e = LabelTokens.tokens(english);
        var d = new ArrayList<String>();
        for (String t : LabelTokens.tokens(dutch)) {
            d.addAll(splitter.split(t));
        }
        if (e.size() > 60 || d.size() > 60) {
            return; // long description sentences cost much and align badly
        }
        et.add(e);
        dt.add(d);
        eIds.add(ev.ids(e));
        dIds.add(dv.ids(d));
        weights.add(weight);
    }

    /**
     * Counts how each word is written after the first position of labels and sentences (where a capital means a name)
     * and anywhere when it is all capitals (an acronym); the majority form is used when writing a label.
     */
    private static void rememberCasing(String dutch, Map<String, Map<String, Integer>> casing) {
        // lines, list items and sentences each start with a capital: their first word says nothing
        for (String segment : SEGMENT.split(dutch)) {
            List<String> words = LabelTokens.surface(segment);
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                        && !w.equals(w.toLowerCase(java.util.Locale.ROOT));
                if (i > 0 || acronym) {
                    casing.computeIfAbsent(w.toLowerCase(java.util.Locale.ROOT), k -> new HashMap<>())
                            .merge(w, 1, Integer::sum);
                }
            }
        }
    }

    /** The written form of each word whose most frequent form is not lower case ("ICT", "Romani"). */
    private static Map<String, String> casedForms(Map<String, Map<String, Integer>> counts) {
        var out = new HashMap<String, String>();
        counts.forEach((lower, forms) -> {
            String top = Tally.mostCounted(forms).form();
            if (!top.equals(lower)) {
                out.put(lower, top);
            }
        });
        return out;
    }

    Translation translate(String english, boolean competenceLabel) {
        return translate(english, competenceLabel, Map.of());
    }

    /** Parts of a Dutch word as the translator writes them ("meel+", "molenaar"), for {@link SkillContext}. */
    List<String> dutchParts(String word) {
        return splitter.split(word);
    }

    /** {@code context}: the lift of Dutch words around the skill ({@link SkillContext#lift}); empty for none. */
    Translation translate(String english, boolean competenceLabel, Map<String, Double> context) {
        List<String> tokens = LabelTokens.tokens(english);
        List<String> surface = LabelTokens.surface(english);
        if (tokens.isEmpty()) {
            return new Translation(english.strip(), QualityFeatures.copy(), "copy");
        }
        String whole = wholeLabels.get(String.join(" ", tokens));
        if (whole != null) {
            List<String> dutch = List.of(whole.split(" "));
            return finish(dutch, QualityFeatures.wholeLabel(tokens.size(), lmPerWord(dutch)), "whole-label", 0,
                    tokens, context);
        }
        if (competenceLabel) {
            for (int k = Math.min(VerbTemplates.MAX_KEY_WORDS, tokens.size() - 1); k >= 1; k--) {
                Optional<VerbTemplates.Template> template = templates.best(tokens.subList(0, k));
                if (template.isPresent()) {
                    // a verb-last template keeps a prepositional phrase Dutch puts behind the verb out of its slot
                    int p = template.get().after().isEmpty() ? -1 : clauses.extraposed(tokens, k + 1);
                    int end = p < 0 ? tokens.size() : p;
                    Decoded object = decodeNoun(tokens.subList(k, end), sub(surface, k, end), context, true);
                    var out = new ArrayList<String>(template.get().before());
                    out.addAll(object.dutch());
                    out.addAll(template.get().after());
                    if (p >= 0) {
                        Decoded phrase = decode(tokens.subList(p, tokens.size()), sub(surface, p, tokens.size()),
                                context);
                        out.addAll(phrase.dutch());
                        object = object.then(phrase, end - k, tokens.size() - p);
                    }
                    var features = QualityFeatures.of(tokens.size(), object.copied(), object.logProbability(),
                            object.minLogProbability(), object.phrases(), object.evidence(), lmPerWord(out), true,
                            template.get().share(), false);
                    return withVerbSupport(finish(out, features, "template", object.dictionary(), tokens, context),
                            tokens, templateVerb(template.get()));
                }
            }
        }
        if (competenceLabel && tokens.size() > 1 && templates.verbLastShare() > 0.5) {
            // no template for this verb: the most frequent Dutch order, object first, verb last
            int p = clauses.extraposed(tokens, 2);
            int end = p < 0 ? tokens.size() : p;
            Decoded object = decodeNoun(tokens.subList(1, end), sub(surface, 1, end), context, true);
            String beforeVerb = object.dutch().isEmpty() ? BigramModel.START
                    : object.dutch().getLast().toLowerCase(java.util.Locale.ROOT);
            // the verb the training labels with this English verb end in ("compile" → "samenstellen", particle
            // kept); else the best option of the phrase table
            Optional<PhraseTable.Option> verb = verbs.best(tokens)
                    .map(c -> new PhraseTable.Option(splitter.split(c.dutch()), c.share(), c.share(), c.count()))
                    .or(() -> verbOption(tokens.getFirst(), beforeVerb, context));
            if (verb.isPresent()) {
                var out = new ArrayList<String>(object.dutch());
                out.addAll(verb.get().dutch());
                if (p >= 0) {
                    Decoded phrase = decode(tokens.subList(p, tokens.size()), sub(surface, p, tokens.size()), context);
                    out.addAll(phrase.dutch());
                    object = object.then(phrase, end - 1, tokens.size() - p);
                }
                double verbLog = Math.log(verb.get().probability());
                var features = QualityFeatures.of(tokens.size(), object.copied(), object.logProbability() + verbLog,
                        Math.min(object.minLogProbability(), verbLog), object.phrases() + 1, object.evidence(),
                        lmPerWord(out), true,
                        0, false);
                return withVerbSupport(finish(out, features, "verb-last", object.dictionary(), tokens, context),
                        tokens, LabelTokens.join(verb.get().dutch()));
            }
        }
        Decoded d = competenceLabel ? decode(tokens, surface, context) : decodeNoun(tokens, surface, context, false);
        // a competence label without a learnt verb template keeps English word order: usually wrong in Dutch
        var features = QualityFeatures.of(tokens.size(), d.copied(), d.logProbability(), d.minLogProbability(),
                d.phrases(), d.evidence(), lmPerWord(d.dutch()), false, 0, competenceLabel && tokens.size() > 1);
        return finish(d.dutch(), features, "phrases", d.dictionary(), tokens, context);
    }

    private Translation withVerbSupport(Translation t, List<String> english, String dutchVerb) {
        return new Translation(t.text(), QualityFeatures.withVerbSupport(t.features(),
                verbs.support(english, dutchVerb)), t.method());
    }

    /** The one-word Dutch verb of a template: its last word after the slot ("X opsporen"), else its first before. */
    private static String templateVerb(VerbTemplates.Template template) {
        List<String> words = LabelTokens.words(LabelTokens.join(template.after().isEmpty()
                ? template.before() : template.after()));
        return words.isEmpty() ? "" : template.after().isEmpty() ? words.getFirst() : words.getLast();
    }

    /**
     * The Dutch verb for a leading English verb without a template: the best learnt option that ends like a Dutch
     * infinitive (in -n: "oefenen", "doen"), else a dictionary one that does, else a loan verb, else one the
     * dictionaries reach through other languages, else the best learnt option; best by {@link #verbScore} after the
     * object's last Dutch word. A noun or adjective option ("practice" → "praktijk") would leave the label without a
     * verb.
     */
    private Optional<PhraseTable.Option> verbOption(String english, String beforeVerb, Map<String, Double> context) {
        var byScore = java.util.Comparator.<PhraseTable.Option>comparingDouble(
                o -> verbScore(o, beforeVerb) + contextBonus(o.dutch(), context));
        List<PhraseTable.Option> learnt = phrases.options(List.of(english)).stream()
                .filter(o -> !o.dutch().getLast().endsWith(LabelTokens.JOIN)).toList();
        Optional<PhraseTable.Option> infinitive = learnt.stream().filter(o -> infinitive(o.dutch())).max(byScore);
        if (infinitive.isPresent()) {
            return infinitive;
        }
        Optional<PhraseTable.Option> listed = lexicon.dictionary().dutch(List.of(english)).stream()
                .filter(LabelTranslator::infinitive)
                .map(d -> new PhraseTable.Option(d, DICTIONARY_PRIOR, DICTIONARY_PRIOR, 0)).max(byScore);
        if (listed.isPresent()) {
            return listed;
        }
        Optional<PhraseTable.Option> loan = loanVerb(english)
                .map(d -> new PhraseTable.Option(List.of(d), DICTIONARY_PRIOR, DICTIONARY_PRIOR, 0));
        if (loan.isPresent()) {
            return loan;
        }
        Optional<PhraseTable.Option> pivot = throughPivots(List.of(english)).stream()
                .filter(LabelTranslator::infinitive)
                .map(d -> new PhraseTable.Option(d, DICTIONARY_PRIOR, DICTIONARY_PRIOR, 0)).max(byScore);
        return pivot.isPresent() ? pivot : learnt.stream().max(byScore);
    }

    /**
     * A verb option's translation probabilities plus how well the bigram model likes it after the object's last word
     * and at the end of the label: the object helps pick the sense ("climb trees" → "bomen klimmen", not "beklimmen").
     */
    private double verbScore(PhraseTable.Option option, String beforeVerb) {
        double lm = 0;
        String previous = beforeVerb;
        for (String t : option.dutch()) {
            String w = t.toLowerCase(java.util.Locale.ROOT);
            lm += dutchModel.logProbability(previous, w);
            previous = w;
        }
        lm += dutchModel.logProbability(previous, BigramModel.END);
        return Math.log(option.probability()) + INVERSE_WEIGHT * Math.log(option.inverse()) + LM_WEIGHT * lm;
    }

    /**
     * A Dutch loan verb for an English verb nothing translates ("emboss" → "embossen", "customize" → "customizen"):
     * the learnt cognate spellings that end like an infinitive, then the English stem + "-en"/"-n", the first the
     * Dutch speller accepts. Without a speller there is no way to tell a loan from a made-up word: none.
     */
    private Optional<String> loanVerb(String english) {
        if (!lexicon.speller() || english.length() < 3) {
            return Optional.empty();
        }
        var forms = new ArrayList<String>();
        cognates.candidates(english).stream().filter(w -> infinitive(List.of(w))).forEach(forms::add);
        forms.add(english.endsWith("e") ? english + "n" : english + "en");
        return forms.stream().filter(lexicon.dutchWord()).findFirst();
    }

    /**
     * The spelling of an English word nothing translates: with a speller, the first learnt cognate spelling it accepts
     * ("oncologic" → "oncologische", where no "-ic" rule was reliable enough alone); else the most reliable rule's.
     * An English word that is itself Dutch keeps the old choice (copied unless a reliable rule spells it).
     */
    private Optional<String> spell(String english) {
        if (lexicon.speller() && !lexicon.dutchWord().test(english)) {
            Optional<String> known = cognates.known(english, lexicon.dutchWord());
            if (known.isPresent()) {
                return known;
            }
        }
        return cognates.spell(english);
    }

    private static boolean infinitive(List<String> dutch) {
        String last = dutch.getLast();
        return last.length() > 2 && last.endsWith("n") && dutch.size() <= 3;
    }

    /** Writes the label and adds what the lexicon says of its words to the features. */
    private Translation finish(List<String> dutch, double[] features, String method, int dictionaryWords,
                               List<String> english, Map<String, Double> context) {
        int englishWords = english.size();
        String text = write(dutch);
        List<String> words = LabelTokens.surface(text).stream()
                .filter(w -> Character.isLetterOrDigit(w.charAt(0))).toList();
        int unknown = 0;
        for (String w : words) {
            if (!knownDutch(w)) {
                unknown++;
            }
        }
        double unknownShare = words.isEmpty() ? 1 : (double) unknown / words.size();
        double[] withLexicon = QualityFeatures.withLexicon(features, unknownShare,
                (double) dictionaryWords / englishWords);
        long supported = dutch.stream().filter(t -> context.containsKey(SkillContext.key(t))).count();
        double contextShare = dutch.isEmpty() ? 0 : (double) supported / dutch.size();
        return new Translation(text, QualityFeatures.withContext(QualityFeatures.withShape(withLexicon, english, words),
                contextShare), method);
    }

    /**
     * A word of the training Dutch, a compound of such words, a word the Dutch speller accepts, or a name. Anything
     * else is most likely an English word left untranslated.
     */
    boolean knownDutch(String word) {
        if (lexicon.dutchWord().test(word) || !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
            return true; // a capital means a name or an acronym, copied on purpose
        }
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !dutchWords.contains(part) && !part.chars().anyMatch(Character::isDigit)
                    && splitter.split(part).size() < 2 && !lexicon.dutchWord().test(part)) {
                return false;
            }
        }
        return true;
    }

    private double lmPerWord(List<String> dutch) {
        double lm = 0;
        String previous = BigramModel.START;
        for (String t : dutch) {
            String w = t.toLowerCase(java.util.Locale.ROOT);
            lm += dutchModel.logProbability(previous, w);
            previous = w;
        }
        lm += dutchModel.logProbability(previous, BigramModel.END);
        return lm / (dutch.size() + 1);
    }

    private String write(List<String> dutch) {
        var cased = new ArrayList<String>(dutch.size());
        for (String t : dutch) {
            boolean part = t.endsWith(LabelTokens.JOIN);
            String word = part ? t.substring(0, t.length() - 1) : t;
            String c = casing.getOrDefault(word, word);
            if (part && !c.equals(c.toUpperCase(java.util.Locale.ROOT))) {
                c = word; // inside a word only an acronym keeps its capitals
            }
            cased.add(part ? c + LabelTokens.JOIN : c);
        }
        return LabelTokens.join(cased);
    }

    private record Decoded(List<String> dutch, int copied, double logProbability, double minLogProbability,
                           int phrases, QualityFeatures.Evidence evidence, int dictionary) {

        /** This part ({@code words} English words) followed by {@code next} ({@code nextWords}), as one. */
        Decoded then(Decoded next, int words, int nextWords) {
            var dutch = new ArrayList<>(this.dutch);
            dutch.addAll(next.dutch);
            double n = Math.max(1, words + nextWords);
            var e = new QualityFeatures.Evidence(Math.min(evidence.minLogCount(), next.evidence.minLogCount()),
                    (evidence.meanLogCount() * words + next.evidence.meanLogCount() * nextWords) / n,
                    (evidence.inLongerPhrases() * words + next.evidence.inLongerPhrases() * nextWords) / n);
            return new Decoded(dutch, copied + next.copied, logProbability + next.logProbability,
                    Math.min(minLogProbability, next.minLogProbability), phrases + next.phrases, e,
                    dictionary + next.dictionary);
        }
    }

    /** The surface tokens of an English span (the surface list may be shorter than the folded tokens). */
    private static List<String> sub(List<String> surface, int from, int to) {
        return surface.subList(Math.min(from, surface.size()), Math.min(to, surface.size()));
    }

    /** {@code count} = how often the phrase pair of this step was seen; {@code span} = its English words. */
    private record State(double score, State previous, List<String> dutch, String last, int copied,
                         double logProbability, double minLogProbability, int phrases, double count, int span,
                         int dictionary) {
    }

    /**
     * A noun phrase whose head (last word) Dutch mostly puts first gets that frame around its translated modifiers
     * ("minerals laws" → "wetten inzake mineralen"); else, when {@link HeadOrder} votes for the head first (a verb's
     * object, {@code verbObject}, and a noun label counted apart), the head, its learnt linking word and the
     * modifiers; otherwise, or when the phrase has no modifiers or ends in a name, the ordinary search.
     */
    private Decoded decodeNoun(List<String> english, List<String> surface, Map<String, Double> context,
                               boolean verbObject) {
        int head = english.size() - 1;
        boolean modifiersAndHead = head >= 1 && surface.size() == english.size()
                && english.get(head).equals(surface.get(head))
                && english.stream().noneMatch(PHRASE_WORDS::contains);
        if (labelPhrases.of(english).isPresent() && english.equals(surface)) {
            return decode(english, surface, context); // a remembered noun label keeps its own Dutch order
        }
        Optional<VerbTemplates.Template> frame = modifiersAndHead ? heads.best(english.get(head)) : Optional.empty();
        if (frame.isEmpty()) {
            Optional<HeadOrder.Choice> first = modifiersAndHead ? headOrder.headFirst(english.get(head), head,
                    verbObject, compounds.compoundsLikeANoun(english.getFirst())) : Optional.empty();
            return first.isPresent() ? headFirst(english, surface, context, first.get().link())
                    : decode(english, surface, context);
        }
        Decoded object = decode(english.subList(0, head), surface.subList(0, head), context, false);
        var out = new ArrayList<String>(frame.get().before());
        out.addAll(object.dutch());
        out.addAll(frame.get().after());
        return new Decoded(out, object.copied(), object.logProbability(), object.minLogProbability(),
                object.phrases() + 1, object.evidence(), object.dictionary());
    }

    private Decoded decode(List<String> english, List<String> surface, Map<String, Double> context) {
        return decode(english, surface, context, true);
    }

    /**
     * The head noun translated alone, then the learnt linking word, then the modifiers ("road signalling standards" →
     * "normen voor verkeerssignalisatie"): the construction {@link HeadOrder} chose for this head and modifier count.
     */
    private Decoded headFirst(List<String> english, List<String> surface, Map<String, Double> context,
                              List<String> link) {
        int head = english.size() - 1;
        Decoded headWord = decode(english.subList(head, head + 1), surface.subList(head, head + 1), context, true);
        Decoded modifiers = decode(english.subList(0, head), surface.subList(0, head), context, false);
        var out = new ArrayList<String>(headWord.dutch());
        out.addAll(link);
        Decoded linked = new Decoded(out, headWord.copied(), headWord.logProbability(),
                headWord.minLogProbability(), headWord.phrases() + 1, headWord.evidence(), headWord.dictionary());
        return linked.then(modifiers, 1, head);
    }

    /**
     * Monotone phrase-based Viterbi search with a beam per English position. {@code endsInHead}: the span's last
     * English word is a head noun (not the modifiers inside a head frame), so the Dutch word that ends the span gets
     * the {@link HeadNouns} vote of the labels sharing that head.
     */
    private Decoded decode(List<String> english, List<String> surface, Map<String, Double> context,
                           boolean endsInHead) {
        int n = english.size();
        String englishHead = endsInHead && n > 0 ? english.get(n - 1) : null;
        List<Map<String, State>> best = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            best.add(new HashMap<>());
        }
        best.get(0).put(BigramModel.START, new State(0, null, List.of(), BigramModel.START, 0, 0, 0, 0, 0, 0, 0));
        for (int i = 0; i < n; i++) {
            List<State> states = prune(best.get(i));
            int reach = Math.max(PhraseTable.MAX_ENGLISH, labelPhrases.longest());
            for (int j = i + 1; j <= n && j - i <= reach; j++) {
                // a word written with a capital is a name: copied, never looked up
                boolean name = !english.subList(i, j).equals(surface.subList(i, Math.min(j, surface.size())));
                Optional<LabelPhrases.Entry> remembered = name ? Optional.empty()
                        : labelPhrases.of(english.subList(i, j));
                if (j - i > PhraseTable.MAX_ENGLISH && remembered.isEmpty()) {
                    continue;
                }
                List<PhraseTable.Option> options = j - i <= PhraseTable.MAX_ENGLISH
                        ? phrases.options(english.subList(i, j)) : List.of();
                if (remembered.isPresent() && remembered.get().outvotedBy(options)) {
                    remembered = Optional.empty();
                }
                if (j == n && options.stream().anyMatch(o -> !o.dutch().getLast().endsWith(LabelTokens.JOIN))) {
                    // a label does not end in the first part of a compound when the phrase has a whole-word option
                    options = options.stream().filter(o -> !o.dutch().getLast().endsWith(LabelTokens.JOIN)).toList();
                }
                if (!name) {
                    options = spelledCopies(english.subList(i, j), options); // a name keeps its learnt copy ("Romani")
                }
                List<List<String>> unseen = options.isEmpty() && !name && j - i <= PhraseTable.MAX_ENGLISH
                        ? unseen(english.subList(i, j)) : List.of();
                for (State s : states) {
                    if (remembered.isPresent()) {
                        // a noun label seen whole in training: its established Dutch term, copied as one phrase
                        LabelPhrases.Entry e = remembered.get();
                        double tm = (1 + INVERSE_WEIGHT) * Math.log(e.share()) * (j - i);
                        extend(context, best.get(j), s, e.dutch(), tm + headVote(englishHead, j == n, e.dutch()),
                                Math.log(e.share()) * (j - i), 0, e.count(), j - i, 0);
                    }
                    if (options.isEmpty() && j == i + 1) {
                        String copy = i < surface.size() ? surface.get(i) : english.get(i);
                        // names keep their English spelling ("Jenkins", "ObjectStore"); other words may be cognates
                        Optional<String> spelled = copy.equals(english.get(i))
                                ? spell(english.get(i)) : Optional.empty();
                        // an English word that is also Dutch ("manager", "software") is copied as a dictionary option
                        double copyLog = lexicon.dutchWord().test(english.get(i)) && spelled.isEmpty()
                                ? 2 * Math.log(DICTIONARY_PRIOR) : COPY_LOG_PROBABILITY;
                        extend(context, best.get(j), s, List.of(spelled.orElse(copy)),
                                copyLog + headVote(englishHead, j == n, List.of(spelled.orElse(copy))),
                                COPY_LOG_PROBABILITY, spelled.isPresent() ? SPELLED : 1, 0, 1, 0);
                        String word = spelled.orElse(copy);
                        if (j < n && !name && compoundable(word) && lexicon.speller()) {
                            // a copied or spelled word as a first part too ("gestalt+ therapie"), as often as this
                            // English word was one; the speller's check of the joined word decides in extend()
                            extend(context, best.get(j), s, List.of(word + LabelTokens.JOIN),
                                    copyLog + Math.log(compounds.rate(english.get(i))), COPY_LOG_PROBABILITY,
                                    spelled.isPresent() ? SPELLED : 1, 0, 1, 0);
                        }
                    }
                    for (List<String> dutch : unseen) {
                        extend(context, best.get(j), s, dutch,
                                2 * Math.log(DICTIONARY_PRIOR) * (j - i) + headVote(englishHead, j == n, dutch),
                                Math.log(DICTIONARY_PRIOR) * (j - i), 0, 0, j - i, j - i);
                    }
                    for (PhraseTable.Option o : options) {
                        double tm = (Math.log(o.probability()) + INVERSE_WEIGHT * Math.log(o.inverse())) * (j - i);
                        List<String> dutch = o.dutch();
                        if (j == n && dutch.getLast().endsWith(LabelTokens.JOIN)) {
                            // a first part at the end of the label stands as a word of its own
                            var stripped = new ArrayList<>(dutch);
                            String last = stripped.removeLast();
                            stripped.add(last.substring(0, last.length() - 1));
                            dutch = stripped;
                        }
                        extend(context, best.get(j), s, dutch, tm + headVote(englishHead, j == n, dutch),
                                Math.log(o.probability()) * (j - i), 0, o.count(), j - i, 0);
                        if (j < n && o.dutch().size() == 1 && compoundable(o.dutch().get(0))) {
                            // the same word as the first part of a compound, as often as this English word was one
                            for (String part : firstParts(o.dutch().get(0))) {
                                extend(context, best.get(j), s, List.of(part),
                                        tm + Math.log(compounds.rate(english.get(j - 1))),
                                        Math.log(o.probability()) * (j - i), 0, o.count(), j - i, 0);
                            }
                        }
                    }
                }
            }
        }
        State end = null;
        double endScore = Double.NEGATIVE_INFINITY;
        for (State s : best.get(n).values()) {
            // a label cannot end in the first part of a compound
            double dangling = s.last.endsWith(LabelTokens.JOIN) ? -100 : 0;
            double score = s.score + dangling + LM_WEIGHT * dutchModel.logProbability(s.last, BigramModel.END);
            if (score > endScore) {
                endScore = score;
                end = s;
            }
        }
        var parts = new ArrayList<List<String>>();
        var partStarts = new ArrayList<Integer>();
        var partSpans = new ArrayList<Integer>();
        double minCount = Double.POSITIVE_INFINITY;
        double logCounts = 0;
        int inLongerPhrases = 0;
        int position = n;
        for (State s = end; s != null && s.previous != null; s = s.previous) {
            position -= s.span;
            parts.add(0, s.dutch);
            partStarts.add(0, position);
            partSpans.add(0, s.span);
            minCount = Math.min(minCount, s.count);
            logCounts += Math.log1p(s.count) * s.span;
            inLongerPhrases += s.span > 1 ? s.span : 0;
        }
        glueNounPairs(parts, partStarts, partSpans, english);
        var out = new ArrayList<String>();
        // per Dutch word: whether it opens a phrase translated from an English linking word ("for" → "voor ...")
        var linking = new ArrayList<Boolean>();
        for (int p = 0; p < parts.size(); p++) {
            for (int k = 0; k < parts.get(p).size(); k++) {
                linking.add(k == 0 && PHRASE_WORDS.contains(english.get(partStarts.get(p))));
            }
            out.addAll(parts.get(p));
        }
        hyphenateAcronyms(out, linking);
        var evidence = new QualityFeatures.Evidence(Math.log1p(minCount), logCounts / n, (double) inLongerPhrases / n);
        return new Decoded(out, end.copied, end.logProbability, end.minLogProbability, end.phrases, evidence,
                end.dictionary);
    }

    /**
     * {@value #HEAD_WEIGHT} × the share of the training labels with this English head whose Dutch head is a whole word
     * of {@code dutch} (the best of its words: a phrase may put the head first, "systemen voor afwateringsputten"),
     * when {@code dutch} ends the span ({@code atEnd}) and the span ends in a head noun; else 0.
     */
    private double headVote(String englishHead, boolean atEnd, List<String> dutch) {
        if (englishHead == null || !atEnd) {
            return 0;
        }
        double best = 0;
        for (String t : dutch) {
            if (!t.endsWith(LabelTokens.JOIN)) {
                best = Math.max(best, headNouns.share(englishHead, t));
            }
        }
        return HEAD_WEIGHT * best;
    }

    /**
     * Two Dutch nouns the search left side by side ("leverancier beheer", "rem systeem") are no Dutch noun phrase:
     * a one-word translation of an English modifier directly followed by the translation of the next English word
     * (neither a linking word) becomes the first part of a compound when (1) the Dutch speller accepts the joined word,
     * plain or with the linking s ("leveranciersbeheer", "remsysteem"), and (2) the training Dutch had that first
     * part in some compound, which an adjective ("interne", "analoge") never is even where the speller accepts the
     * joined form. Measured on fold 1 and over all five folds in docs/benchmarks.md ("Round 9 (dutch12)"). A glued
     * pair keeps its one word per part, so the parts still line up with the English positions.
     */
    private void glueNounPairs(List<List<String>> parts, List<Integer> starts, List<Integer> spans,
                               List<String> english) {
        if (!lexicon.speller()) {
            return;
        }
        for (int p = 0; p + 1 < parts.size(); p++) {
            List<String> first = parts.get(p);
            List<String> second = parts.get(p + 1);
            if (first.size() != 1 || spans.get(p) != 1 || second.isEmpty()) {
                continue;
            }
            String modifier = english.get(starts.get(p));
            String next = english.get(starts.get(p + 1));
            if (PHRASE_WORDS.contains(modifier) || PHRASE_WORDS.contains(next)) {
                continue;
            }
            String a = first.getFirst();
            String b = second.getFirst();
            String bWord = b.endsWith(LabelTokens.JOIN) ? b.substring(0, b.length() - 1) : b;
            if (!compoundable(a) || !compoundable(bWord) || dutchModel.neverHead(bWord)
                    || !a.equals(a.toLowerCase(java.util.Locale.ROOT))
                    || !bWord.equals(bWord.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (String part : firstParts(a)) {
                String stem = part.substring(0, part.length() - 1);
                if (lexicon.dutchWord().test(stem + bWord) && dutchModel.seenAsPart(part)) {
                    parts.set(p, List.of(part));
                    break;
                }
            }
        }
    }

    /**
     * Dutch spelling writes an acronym before a noun as a hyphenated compound ("ICT-infrastructuur", "GIS-kwesties");
     * the search leaves it a word of its own because the speller cannot judge the glued form. An acronym followed by
     * a word becomes a first part, except before a frequent word that never heads a compound ("en", "de") or a word
     * that translates an English linking word ("CAD for soles" → "CAD voor zolen").
     */
    private void hyphenateAcronyms(List<String> dutch, List<Boolean> linking) {
        for (int i = 0; i + 1 < dutch.size(); i++) {
            String t = dutch.get(i);
            String next = dutch.get(i + 1);
            String nextWord = next.endsWith(LabelTokens.JOIN) ? next.substring(0, next.length() - 1) : next;
            if (!t.endsWith(LabelTokens.JOIN) && LabelTokens.isAcronym(casing.getOrDefault(t, t))
                    && compoundable(nextWord) && nextWord.equals(nextWord.toLowerCase(java.util.Locale.ROOT))
                    && !dutchModel.neverHead(nextWord) && !linking.get(i + 1)) {
                dutch.set(i, t + LabelTokens.JOIN);
            }
        }
    }

    /**
     * Dutch for an English phrase the parallel data never had: a general dictionary's candidates, else (one word) the
     * learnt or dictionary translations of another form of the word ("socially" → "social"), an English compound's
     * parts, else what the dictionaries reach through other languages — last, and only for a word that would
     * otherwise be copied as it is: a word that is Dutch too ("lading") or has a spelling the speller knows
     * ("validity" → "validiteit") keeps it (taking the pivots' "geschiktheid" there measured worse). The bigram
     * model picks.
     */
    private List<List<String>> unseen(List<String> english) {
        List<List<String>> out = lexicon.dictionary().dutch(english);
        if (!out.isEmpty()) {
            return out;
        }
        if (english.size() != 1) {
            return throughPivots(english);
        }
        String word = english.getFirst();
        out = otherForm(word);
        if (!out.isEmpty()) {
            return out;
        }
        if (lexicon.speller()) {
            Optional<String> compound = englishCompounds().dutch(word);
            if (compound.isPresent()) {
                return List.of(List.of(compound.get()));
            }
        }
        out = compoundOfParts(englishParts(word));
        return out.isEmpty() && copiedAsItIs(word) ? throughPivots(english) : out;
    }

    /**
     * The pivots' candidates whose every word the ESCO Dutch texts use: many general senses the pivot dictionaries
     * also reach are words ESCO never writes ("jelly" → "zeekwal", "urinary" → "pies"); common ones pass ("foil" →
     * "tegenstelling"), which is why pivots stay off by default.
     */
    private List<List<String>> throughPivots(List<String> english) {
        return lexicon.dictionary().throughPivots(english).stream().filter(dutchWords::containsAll).toList();
    }

    /** Neither Dutch as it is nor given a spelling the speller accepts: the search would leave it English. */
    private boolean copiedAsItIs(String word) {
        return !lexicon.dutchWord().test(word)
                && (!lexicon.speller() || cognates.known(word, lexicon.dutchWord()).isEmpty());
    }

    /**
     * A learnt "translation" that is the English word itself, copied by the Dutch text it was learnt from ("category"
     * → "category", "cellular" → "cellular"), is spelled the Dutch way when the speller rejects the copy and knows a
     * learnt cognate spelling ({@link Cognates#known}: "categorie", "cellulair"); same probabilities, other letters.
     */
    private List<PhraseTable.Option> spelledCopies(List<String> english, List<PhraseTable.Option> options) {
        if (!lexicon.speller() || english.size() != 1 || lexicon.dutchWord().test(english.getFirst())) {
            return options;
        }
        String word = english.getFirst();
        List<PhraseTable.Option> out = null;
        for (int k = 0; k < options.size(); k++) {
            PhraseTable.Option o = options.get(k);
            if (o.dutch().size() != 1 || !o.dutch().getFirst().equals(word)) {
                continue;
            }
            Optional<String> spelled = cognates.known(word, lexicon.dutchWord());
            if (spelled.isPresent()) {
                if (out == null) {
                    out = new ArrayList<>(options);
                }
                out.set(k, new PhraseTable.Option(List.of(spelled.get()), o.probability(), o.inverse(), o.count()));
            }
        }
        return out == null ? options : out;
    }

    /** Built on first use: the speller-checked compounds of English words the translator has no phrase for. */
    private EnglishCompounds englishCompounds() {
        if (englishCompounds == null) {
            englishCompounds = new EnglishCompounds(this::compoundFirstParts,
                    part -> otherForm(part).stream().filter(d -> d.size() == 1).map(List::getFirst).toList(),
                    part -> lexicon.dutchWord().test(part) ? Optional.empty()
                            : cognates.known(part, lexicon.dutchWord()),
                    lexicon.dutchWord());
        }
        return englishCompounds;
    }

    /**
     * The Dutch first parts of compounds learnt for one English word ("water+" → "water"), else its learnt whole
     * one-word translations; only what the phrase table has for the word itself, no other form or dictionary word.
     */
    private List<String> compoundFirstParts(String english) {
        List<List<String>> learnt = phrases.options(List.of(english)).stream().map(PhraseTable.Option::dutch)
                .filter(d -> d.size() == 1).toList();
        List<String> parts = learnt.stream().map(List::getFirst).filter(w -> w.endsWith(LabelTokens.JOIN))
                .map(w -> w.substring(0, w.length() - 1)).toList();
        return parts.isEmpty() ? learnt.stream().map(List::getFirst).toList() : parts;
    }

    /** An English compound's parts: hyphenated ("weather-related") or closed ("rainwater") at a learnt word; or none. */
    private List<String> englishParts(String word) {
        List<String> parts = word.contains("-") ? List.of(word.split("-")) : List.of();
        for (int k = 3; parts.isEmpty() && k <= word.length() - 3; k++) {
            if (!phrases.options(List.of(word.substring(0, k))).isEmpty()
                    && !phrases.options(List.of(word.substring(k))).isEmpty()) {
                parts = List.of(word.substring(0, k), word.substring(k));
            }
        }
        return parts;
    }

    /**
     * An English compound as a Dutch compound of its parts' single-word translations, or nothing. (Translating the
     * parts as a phrase instead, "work-related" → "werken e.d", "findable" → "vinden in staat", measured worse on
     * fold 1: not done.)
     */
    private List<List<String>> compoundOfParts(List<String> parts) {
        var compound = new ArrayList<String>();
        for (int p = 0; p < parts.size(); p++) {
            List<List<String>> part = otherForm(parts.get(p));
            if (part.isEmpty() || part.getFirst().size() != 1) {
                return List.of();
            }
            String w = part.getFirst().getFirst();
            if (!compoundable(w)) {
                return List.of(); // a function word or a fragment ("well" → "en") is no part of a Dutch compound
            }
            compound.add(p < parts.size() - 1 ? w + LabelTokens.JOIN : w);
        }
        return compound.isEmpty() ? List.of() : List.of(compound);
    }

    /** Learnt or dictionary translations of the word itself or of another form of it, whole words only. */
    private List<List<String>> otherForm(String word) {
        var forms = new ArrayList<String>();
        forms.add(word);
        forms.addAll(EnglishStems.of(word));
        for (String form : forms) {
            List<List<String>> learnt = phrases.options(List.of(form)).stream().map(PhraseTable.Option::dutch)
                    .filter(d -> !d.getLast().endsWith(LabelTokens.JOIN)).toList();
            if (!learnt.isEmpty()) {
                return learnt;
            }
            List<List<String>> listed = lexicon.dictionary().dutch(List.of(form));
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        return List.of();
    }

    private void extend(Map<String, Double> context, Map<String, State> into, State from, List<String> dutch,
                        double model, double logProbability, int copied, double count, int span, int dictionary) {
        double lm = 0;
        double spellerCompound = 0;
        String previous = from.last;
        for (String t : dutch) {
            String w = t.toLowerCase(java.util.Locale.ROOT);
            lm += dutchModel.logProbability(previous, w);
            if (previous.endsWith(LabelTokens.JOIN) && dutchModel.neverHead(w)) {
                lm += GLUE_PENALTY;
            }
            if (previous.endsWith(LabelTokens.JOIN) && !w.endsWith(LabelTokens.JOIN) && lexicon.speller()) {
                String joined = previous.substring(0, previous.length() - 1) + w;
                spellerCompound += lexicon.dutchWord().test(joined) ? SPELLER_COMPOUND : -SPELLER_COMPOUND;
            }
            previous = w;
        }
        double score = from.score + model + LM_WEIGHT * lm + spellerCompound + PHRASE_PENALTY
                + contextBonus(dutch, context);
        State existing = into.get(previous);
        if (existing == null || existing.score < score) {
            into.put(previous, new State(score, from, dutch, previous, from.copied + copied,
                    from.logProbability + logProbability, Math.min(from.minLogProbability, logProbability),
                    from.phrases + 1, count, span, from.dictionary + dictionary));
        }
    }

    /**
     * Whole Dutch words only: a first part ("meet+") is rarely written alone in the context, and rewarding its
     * full-word form ("meten") broke compounds on fold 1.
     */
    private static double contextBonus(List<String> dutch, Map<String, Double> context) {
        double bonus = 0;
        for (String t : dutch) {
            if (!t.endsWith(LabelTokens.JOIN)) {
                bonus += context.getOrDefault(SkillContext.key(t), 0.0);
            }
        }
        return CONTEXT_WEIGHT * bonus;
    }

    /**
     * A whole Dutch word as the first part of a compound: as it is ("wond+"), and, with a speller, also with the
     * linking s ("leverancier" → "leveranciers+", "leiderschaps+") that Dutch puts after many words; the speller's
     * check of the joined compound in {@link #extend} decides between them ("leveranciersbeheer", not
     * "leverancierbeheer"). A form the parallel data had as a part already ("veiligheids+") is learnt, not made here.
     */
    private List<String> firstParts(String word) {
        String plain = word + LabelTokens.JOIN;
        if (!lexicon.speller() || word.endsWith("s") || word.endsWith("x") || word.endsWith("z")) {
            return List.of(plain);
        }
        return List.of(plain, word + "s" + LabelTokens.JOIN);
    }

    private static boolean compoundable(String word) {
        if (word.endsWith(LabelTokens.JOIN) || word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<State> prune(Map<String, State> states) {
        var list = new ArrayList<>(states.values());
        list.sort((a, b) -> Double.compare(b.score, a.score));
        return list.subList(0, Math.min(BEAM, list.size()));
    }

    int phraseCount() {
        return phrases.size();
    }

    int templateKeys() {
        return templates.size();
    }
}
