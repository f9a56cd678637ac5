package nl.vaardig.web.skills;

import java.util.List;

/**
 * Answer of {@code POST /api/public/skills/extract} (contract 2). Offsets in {@code evidence} are UTF-16 char
 * offsets into {@code analysedText}: the text as sent, or — when markup was removed or the encoding repaired —
 * the plain text that was read.
 */
record ExtractionView(String language, List<SkillView> skills, String analysedText, List<WarningView> warnings,
                      long elapsedMillis) {

    /** {@code derived}: the Dutch label is derived, not the ESCO name (shown marked "afgeleid"). */
    record SkillView(String uri, String label, String labelLanguage, boolean derived, double confidence, boolean essential,
                     List<EvidenceView> evidence) {
    }

    record EvidenceView(int start, int end, String text) {
    }

    /** Something about how the text was read, e.g. that HTML was removed; {@code code} is stable. */
    record WarningView(String code, String message) {
    }
}
