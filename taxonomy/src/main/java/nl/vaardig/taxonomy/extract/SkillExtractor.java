package nl.vaardig.taxonomy.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.vaardig.taxonomy.extract.context.BoilerplateDetector;
import nl.vaardig.taxonomy.extract.context.CueText;
import nl.vaardig.taxonomy.extract.context.LanguageDetector;
import nl.vaardig.taxonomy.extract.context.RequirementCues;
import nl.vaardig.taxonomy.extract.context.SectionClassifier;
import nl.vaardig.taxonomy.extract.context.SectionKind;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.match.LabelHit;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.extract.match.Namespace;
import nl.vaardig.taxonomy.extract.match.PhraseMatcher;
import nl.vaardig.taxonomy.extract.match.SurfaceKind;
import nl.vaardig.taxonomy.extract.match.TermStream;
import nl.vaardig.taxonomy.extract.match.Vocabulary;
import nl.vaardig.taxonomy.extract.source.ExtractionSource;
import nl.vaardig.taxonomy.extract.source.TaxonomySource;
import nl.vaardig.taxonomy.extract.text.Fold;
import nl.vaardig.taxonomy.extract.text.PreparedText;
import nl.vaardig.taxonomy.extract.text.Segment;
import nl.vaardig.taxonomy.extract.text.Segmenter;
import nl.vaardig.taxonomy.extract.text.TextPreparer;
import nl.vaardig.taxonomy.extract.text.TextRejectedException;
import nl.vaardig.taxonomy.extract.text.Token;
import nl.vaardig.taxonomy.extract.text.Tokenizer;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Vacancy or CV text (Dutch, English or mixed; plain text or HTML) → ranked ESCO skills with evidence.
 * Build once (it indexes all of ESCO, about a second) and share: {@link #extract} is thread-safe and
 * deterministic.
 */
public final class SkillExtractor {

    private static final float TITLE_OCCUPATION_COVERAGE = 0.55f;

    /** Retrieved skills per sentence that may become suggestions. */
    private static final int RETRIEVED_PER_SENTENCE = 5;
    /** Re-ranker probabilities below this are not evidence. */
    private static final double MIN_RETRIEVED = 0.05;
    /** A retrieved skill's mention score is its re-ranker probability times this (label hits score up to ~0.95). */
    private static final double RETRIEVED_WEIGHT = 0.9;

    private final ExtractionModel model;
    private final TextPreparer preparer = new TextPreparer();
    private final SkillRetrieval retrieval;
    /** Taxonomy skill ordinal → the model's skill index; null without retrieval. */
    private final int[] modelSkillOfOrdinal;
    /** The model's skill index → taxonomy skill ordinal (-1: none); null without retrieval. */
    private final int[] ordinalOfModelSkill;
    /** Whole texts take retrieved skills from their work sentences only ({@link SegmentRoles}); false: from every segment. */
    private final boolean segmentRoles;

    private SkillExtractor(ExtractionModel model, SkillRetrieval retrieval, int[] modelSkillOfOrdinal) {
        this(model, retrieval, modelSkillOfOrdinal, true);
    }

    private SkillExtractor(ExtractionModel model, SkillRetrieval retrieval, int[] modelSkillOfOrdinal,
                           boolean segmentRoles) {
        this.model = model;
        this.retrieval = retrieval;
        this.modelSkillOfOrdinal = modelSkillOfOrdinal;
        this.segmentRoles = segmentRoles;
        if (modelSkillOfOrdinal == null) {
            this.ordinalOfModelSkill = null;
        } else {
            this.ordinalOfModelSkill = new int[model.skillUri.length];
            java.util.Arrays.fill(ordinalOfModelSkill, -1);
            for (int ordinal = 0; ordinal < modelSkillOfOrdinal.length; ordinal++) {
                if (modelSkillOfOrdinal[ordinal] >= 0) {
                    ordinalOfModelSkill[modelSkillOfOrdinal[ordinal]] = ordinal;
                }
            }
        }
    }

    /**
     * Over the whole taxonomy, label matching with the bundled lexicon only: small and fast (what feed ingest runs,
     * through {@link #withoutRetrieval} of the platform's bean). Retrieval costs about ten times the CPU per document
     * (docs/benchmarks.md, issue 13).
     */
    public static SkillExtractor create(Taxonomy taxonomy) {
        return create(TaxonomySource.from(taxonomy), SynonymLexicon.bundled());
    }

    /**
     * Label matching with the bundled lexicon plus retrieval over skill documents ({@link SkillRetrieval#withOccupations}):
     * the platform's extractor bean, which the public extract endpoint uses.
     */
    public static SkillExtractor createWithRetrieval(Taxonomy taxonomy) {
        // the retrieval index and the label model are independent: build them on two cores at start-up
        java.util.concurrent.CompletableFuture<SkillRetrieval> retrieval =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> SkillRetrieval.withOccupations(taxonomy));
        SkillExtractor labels = create(taxonomy);
        return labels.withRetrieval(taxonomy, retrieval.join());
    }

    public static SkillExtractor create(Taxonomy taxonomy, SynonymLexicon lexicon, SkillRetrieval retrieval) {
        return create(TaxonomySource.from(taxonomy), lexicon).withRetrieval(taxonomy, retrieval);
    }

    /** Label matching only (no retrieval): small test taxonomies and the ablation. */
    public static SkillExtractor create(ExtractionSource source, SynonymLexicon lexicon) {
        return new SkillExtractor(new ExtractionModel(source, lexicon), null, null);
    }

    /** The same label model with retrieval over the taxonomy's skill documents added (or replaced). */
    public SkillExtractor withRetrieval(Taxonomy taxonomy, SkillRetrieval retrieval) {
        int[] map = new int[taxonomy.skillCount()];
        for (int i = 0; i < map.length; i++) {
            Integer index = model.skillIndex.get(taxonomy.skillAt(i).uri().value());
            map[i] = index == null ? -1 : index;
        }
        return new SkillExtractor(model, retrieval, map, segmentRoles);
    }

    /**
     * The same extractor, with (true, the default) or without the whole text's segment roles: without them a title,
     * heading or introduction line lends its retrieved skills as a task sentence does (the behaviour before issue 13's
     * round 11; for the ablation).
     */
    public SkillExtractor withSegmentRoles(boolean value) {
        return new SkillExtractor(model, retrieval, modelSkillOfOrdinal, value);
    }

    /** The label model alone, without retrieval. */
    public SkillExtractor withoutRetrieval() {
        return new SkillExtractor(model, null, null);
    }

    /** Lexicon entries that could not be used (unknown skill URI); empty for the bundled lexicon. */
    public List<String> lexiconProblems() {
        return List.copyOf(model.lexiconProblems);
    }

    /**
     * @throws TextRejectedException when the text is larger than 1 MiB or is not text at all
     */
    public ExtractionResult extract(String text, ExtractionOptions options) {
        Objects.requireNonNull(options, "options");
        return extract(preparer.prepare(text, options.maxChars()), options);
    }

    /** Reads a text its caller already prepared (and checked), so it is prepared once per request. */
    public ExtractionResult extract(PreparedText prepared, ExtractionOptions options) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(options, "options");
        List<ExtractionWarning> warnings = new ArrayList<>();
        if (prepared.processedOriginalLength() < prepared.original().length()) {
            warnings.add(new ExtractionWarning.TextTruncated(prepared.original().length(), prepared.processedOriginalLength()));
        }
        if (prepared.markupRemoved()) {
            warnings.add(new ExtractionWarning.MarkupRemoved());
        }
        if (prepared.repairedCharacters() > 0) {
            warnings.add(new ExtractionWarning.EncodingRepaired(prepared.repairedCharacters()));
        }
        if (prepared.replacementCharacters() > 0) {
            warnings.add(new ExtractionWarning.UndecodableCharacters(prepared.replacementCharacters()));
        }
        if (prepared.view().isBlank()) {
            warnings.add(new ExtractionWarning.NoText());
            return new ExtractionResult(TextLanguage.UNKNOWN, List.of(), List.of(), warnings);
        }
        Run run = new Run(prepared);
        run.read();
        if (run.boilerplate > 0) {
            warnings.add(new ExtractionWarning.BoilerplateSkipped(run.boilerplate));
        }
        List<OccupationDetection.Found> occupations = run.occupations.result();
        List<DetectedOccupation> detected = occupations.stream().map(f -> new DetectedOccupation(
                new OccupationUri(model.occupationUri[f.occupation()]), occupationLabel(f.occupation(), options.labelLanguage()),
                f.confidence(), span(prepared, f.viewStart(), f.viewEnd()))).toList();
        List<ExtractedSkill> skills = run.skills(options, occupations);
        return new ExtractionResult(run.language(), detected, skills, warnings);
    }

    private String occupationLabel(int occupation, LabelLanguage language) {
        String nl = model.occupationLabelNl[occupation];
        return language == LabelLanguage.NL && nl != null ? nl : model.occupationLabelEn[occupation];
    }

    private static EvidenceSpan span(PreparedText prepared, int viewStart, int viewEnd) {
        int start = prepared.originalStart(viewStart);
        int end = prepared.originalEnd(viewEnd);
        return new EvidenceSpan(start, end, prepared.original().substring(start, end));
    }

    /** The state of one extraction; confined to the calling thread. */
    private final class Run {
        private final PreparedText prepared;
        private final LanguageDetector language = new LanguageDetector();
        private final OccupationDetection occupations = new OccupationDetection();
        private final Map<Integer, SkillEvidence> evidence = new HashMap<>();
        private final List<WeakHit> weak = new ArrayList<>();
        private int boilerplate;
        /** The occupations the text's sentences sound like; null without retrieval or its occupation context. */
        private final nl.vaardig.taxonomy.extract.retrieval.OccupationContext.Tally heard =
                retrieval == null ? null : retrieval.occupationContext().map(c -> c.tally()).orElse(null);
        /** Skills of the occupations named in the title lines; known once the title lines are read. */
        private OccupationProfile likely;
        private int order;

        /** A partial hit too weak on its own; kept in case a detected occupation lists the skill. */
        private record WeakHit(int skill, SkillEvidence.Mention mention) {
        }

        Run(PreparedText prepared) {
            this.prepared = prepared;
        }

        void read() {
            String view = prepared.view();
            List<Segment> segments = Segmenter.split(view);
            List<List<Token>> tokens = new ArrayList<>(segments.size());
            for (Segment segment : segments) {
                List<Token> segmentTokens = Tokenizer.tokenize(view, segment.start(), segment.end());
                segmentTokens.forEach(t -> language.accept(t.norm()));
                tokens.add(segmentTokens);
            }
            // Dutch stems of English words collide ("server" / "serveren"): in English text the Dutch
            // reading counts for less, and the other way round.
            TextLanguage detected = language();
            float dutchWeight = detected == TextLanguage.ENGLISH ? 0.6f : 1f;
            float englishWeight = detected == TextLanguage.DUTCH ? 0.9f : 1f;
            SectionKind section = SectionKind.NEUTRAL;
            boolean[] retrievalEvidence = segmentRoles && retrieval != null
                    ? SegmentRoles.retrievalEvidence(segments) : null;
            for (int s = 0; s < segments.size(); s++) {
                Segment segment = segments.get(s);
                String raw = segment.text(view);
                if (segment.heading() && !segment.bullet()) {
                    SectionKind kind = SectionClassifier.classify(raw);
                    char last = raw.charAt(raw.length() - 1);
                    if (kind != SectionKind.NEUTRAL || last == ':' || last == '?') {
                        section = kind;
                    }
                    if (kind != SectionKind.NEUTRAL) {
                        if (kind.boilerplate()) {
                            boilerplate++;
                        }
                        continue;
                    }
                }
                CueText folded = CueText.of(Fold.fold(raw));
                if (section.boilerplate() || BoilerplateDetector.isBoilerplate(folded)) {
                    boilerplate++;
                    continue;
                }
                RequirementCues.Signal signal = RequirementCues.of(folded);
                readSegment(s, segment, tokens.get(s), signal, section, englishWeight, dutchWeight);
                if (retrieval != null) {
                    retrieve(s, segment, signal, section, detected != TextLanguage.ENGLISH,
                            retrievalEvidence == null || retrievalEvidence[s]);
                }
            }
        }

        private void readSegment(int s, Segment segment, List<Token> tokens, RequirementCues.Signal signal,
                                 SectionKind section, float englishWeight, float dutchWeight) {
            Vocabulary.Terms[] lookedUp = TermStream.lookUp(tokens, model.vocabulary);
            TermStream en = TermStream.of(Namespace.EN, tokens, lookedUp, englishWeight < 1f);
            TermStream nl = TermStream.of(Namespace.NL, tokens, lookedUp, dutchWeight < 1f);
            List<LabelHit> occupationHits = new ArrayList<>();
            PhraseMatcher.verbatim(model.occupationsEn, en, tokens, occupationHits);
            PhraseMatcher.verbatim(model.occupationsNl, nl, tokens, occupationHits);
            if (segment.firstLine()) {
                // Titles name the occupation loosely ("Verpleegkundige" for "verpleegkundige algemene zorg").
                PhraseMatcher.partial(model.occupationsNl, nl, TITLE_OCCUPATION_COVERAGE, occupationHits);
                PhraseMatcher.partial(model.occupationsEn, en, TITLE_OCCUPATION_COVERAGE, occupationHits);
            }
            occupations.add(s, segment.firstLine(), occupationHits, tokens);

            if (!segment.firstLine() && likely == null) {
                likely = OccupationProfile.of(occupations.result(), model);
            }
            OccupationProfile profile = likely;
            java.util.function.IntPredicate keepWeak = profile == null ? skill -> false : profile::lists;
            float minCoverage = profile == null || profile.isEmpty() ? PhraseMatcher.STRONG_COVERAGE : HitScoring.PRIOR_PARTIAL_COVERAGE;
            // Partial (word-overlap) hits only in the text's own language: the other language's words are
            // read verbatim only, which keeps English tool names in Dutch text without stray overlaps.
            List<LabelHit> hits = PhraseMatcher.all(model.skillsEn, en, tokens, minCoverage, keepWeak, englishWeight >= 1f);
            hits.addAll(PhraseMatcher.all(model.skillsNl, nl, tokens, minCoverage, keepWeak, dutchWeight >= 1f));
            for (LabelHit hit : hits) {
                if (englishWeight < 1f && looksDutch(hit, tokens)) {
                    continue;
                }
                MatchKind kind = !hit.verbatim() ? MatchKind.PARTIAL_LABEL
                        : hit.kind() == SurfaceKind.CURATED_SYNONYM ? MatchKind.CURATED_SYNONYM : MatchKind.ESCO_LABEL;
                float languageWeight = hit.index() == model.skillsNl ? dutchWeight : englishWeight;
                SkillEvidence.Mention mention = new SkillEvidence.Mention(s, tokens.get(hit.fromToken()).start(),
                        tokens.get(hit.toToken()).end(), languageWeight * HitScoring.score(hit, model.reuseFactor[hit.owner()]),
                        kind, hit.verbatim(), signal, section, order++);
                if (!hit.verbatim() && hit.coverage() < HitScoring.MIN_PARTIAL_COVERAGE) {
                    weak.add(new WeakHit(hit.owner(), mention));
                } else {
                    evidence.computeIfAbsent(hit.owner(), SkillEvidence::new).add(mention);
                }
            }
        }

        /**
         * In Dutch text a lone lower-case word is read as an ordinary Dutch word: not as an English label ("de" is
         * not decontamination, "van" not a vehicle) and not as a proper name ("pols" is not Pools/Polish, "let" not
         * Lets/Latvian). Tool names and languages are capitalised, or come from the lexicon.
         */
        private boolean looksDutch(LabelHit hit, List<Token> tokens) {
            Token token = tokens.get(hit.fromToken());
            if (hit.fromToken() != hit.toToken() || hit.kind() == SurfaceKind.CURATED_SYNONYM || token.upper() || token.capitalised()) {
                return false;
            }
            return hit.index() == model.skillsEn || Character.isUpperCase(model.skillLabelEn[hit.owner()].charAt(0));
        }

        /**
         * Skills the sentence may mean though it names none verbatim: paraphrases, implied skills, other wording. A
         * segment whose retrieved skills are no evidence ({@link SegmentRoles}) still adds its occupations to the text's.
         */
        private void retrieve(int s, Segment segment, RequirementCues.Signal signal, SectionKind section, boolean dutchText,
                              boolean evidenceWanted) {
            String sentence = segment.text(prepared.view());
            if (!evidenceWanted) {
                // its skills would be dropped: only the occupations it sounds like are wanted, no skill search
                retrieval.hear(sentence, dutchText, heard);
                return;
            }
            List<SkillRetrieval.Scored> found = retrieval.score(sentence, dutchText, RETRIEVED_PER_SENTENCE, heard);
            for (SkillRetrieval.Scored scored : found) {
                int skill = modelSkillOfOrdinal[scored.ordinal()];
                if (skill < 0 || scored.score() < MIN_RETRIEVED) {
                    continue;
                }
                evidence.computeIfAbsent(skill, SkillEvidence::new).add(new SkillEvidence.Mention(s, segment.start(),
                        segment.end(), RETRIEVED_WEIGHT * scored.score(), MatchKind.SKILL_DOCUMENT, false, signal,
                        section, order++));
            }
        }

        TextLanguage language() {
            return switch (language.result()) {
                case DUTCH -> TextLanguage.DUTCH;
                case ENGLISH -> TextLanguage.ENGLISH;
                case MIXED -> TextLanguage.MIXED;
                case UNKNOWN -> TextLanguage.UNKNOWN;
            };
        }

        List<ExtractedSkill> skills(ExtractionOptions options, List<OccupationDetection.Found> found) {
            OccupationProfile profile = OccupationProfile.of(found, model);
            if (options.useOccupationPrior()) {
                for (WeakHit w : weak) {
                    double p = profile.prior(w.skill());
                    if (p > 0) {
                        SkillEvidence.Mention m = w.mention();
                        evidence.computeIfAbsent(w.skill(), SkillEvidence::new).add(new SkillEvidence.Mention(
                                m.segment(), m.viewStart(), m.viewEnd(), m.score() + 0.25 * p,
                                MatchKind.OCCUPATION_PROFILE, false, m.signal(), m.section(), m.order()));
                    }
                }
                for (SkillEvidence e : evidence.values()) {
                    // the title's occupations, or else the occupations the body's sentences sound like
                    double p = Math.max(profile.prior(e.skill), heardPrior(e.skill));
                    if (p > 0) {
                        e.prior = p;
                        e.kinds.add(MatchKind.OCCUPATION_PROFILE);
                    }
                }
            }
            NearDuplicates.Outcome settled = NearDuplicates.settle(evidence, model.broader);
            List<SkillEvidence> kept = new ArrayList<>(evidence.size());
            for (SkillEvidence e : evidence.values()) {
                e.settled = e.confidence() * (settled.penalised().contains(e.skill) ? 0.85 : 1.0);
                if (!settled.dropped().contains(e.skill) && e.settled >= options.minConfidence()) {
                    kept.add(e);
                }
            }
            kept.sort(Comparator.<SkillEvidence>comparingDouble(e -> -e.settled).thenComparing(e -> model.skillUri[e.skill]));
            List<ExtractedSkill> out = new ArrayList<>(Math.min(kept.size(), options.maxSkills()));
            for (SkillEvidence e : kept) {
                if (out.size() == options.maxSkills()) {
                    break;
                }
                out.add(toSkill(e, e.settled, options, profile.essential(e.skill)));
            }
            return List.copyOf(out);
        }

        /**
         * The prior from the occupations the text's sentences sound like: the share of the text's most heard
         * occupations that list the skill ({@link nl.vaardig.taxonomy.extract.retrieval.OccupationContext.Tally}).
         */
        private double heardPrior(int skill) {
            if (heard == null || ordinalOfModelSkill[skill] < 0) {
                return 0;
            }
            return heard.support(ordinalOfModelSkill[skill]);
        }

        /** A retrieved sentence is no evidence to show where the label matcher found the skill's words in it. */
        private static boolean wholeSentenceBesideWords(SkillEvidence.Mention m, List<SkillEvidence.Mention> all) {
            return m.kind() == MatchKind.SKILL_DOCUMENT
                    && all.stream().anyMatch(n -> n.segment() == m.segment() && n.kind() != MatchKind.SKILL_DOCUMENT);
        }

        private ExtractedSkill toSkill(SkillEvidence e, double confidence, ExtractionOptions options, Boolean profileEssential) {
            List<SkillEvidence.Mention> mentions = new ArrayList<>(e.mentions);
            mentions.sort(Comparator.comparingInt(SkillEvidence.Mention::viewStart));
            List<EvidenceSpan> spans = mentions.stream().filter(m -> !wholeSentenceBesideWords(m, mentions))
                    .map(m -> span(prepared, m.viewStart(), m.viewEnd())).distinct().toList();
            String nl = model.skillLabelNl[e.skill];
            boolean wantDutch = options.labelLanguage() == LabelLanguage.NL;
            String label = wantDutch && nl != null ? nl : model.skillLabelEn[e.skill];
            RequirementSuggester.Suggestion suggestion = RequirementSuggester.suggest(mentions, profileEssential, order);
            return new ExtractedSkill(new SkillUri(model.skillUri[e.skill]), label, wantDutch && nl == null,
                    Math.round(confidence * 1000) / 1000.0, suggestion.requirement(), suggestion.basis(), spans, e.kinds);
        }
    }
}
