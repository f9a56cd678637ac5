package nl.vaardig.web.coach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.matching.ExplanationView;
import nl.vaardig.web.matching.RoutePlanView;
import nl.vaardig.web.matching.VacancyCard;

/** What the caseload endpoints answer. Pseudonymous throughout: a label, never a name or an account. */
public final class CaseloadViews {

    private CaseloadViews() {
    }

    public record TopMatch(UUID vacancyId, String title, String employer, double score) {
    }

    public record Row(UUID profileId, String label, String region, String regionName, List<String> caseloadRegions,
                      int skills, List<TopMatch> topMatches, int openProposals, Instant lastNoteAt) {
    }

    public record Page(List<Row> items, int page, int size, int total, List<String> regions) {
    }

    /** One skill with the four self-assessment answers, level and evidence; {@code derived}: "afgeleid" label. */
    public record SkillView(String uri, String label, String labelLanguage, boolean derived, String level, String evidence,
                            boolean doesIt, boolean canDoIt, boolean wantsToLearn, boolean givesEnergy) {
    }

    public record ProfileView(UUID profileId, String label, String region, String regionName,
                              List<String> caseloadRegions, Integer hoursMin, Integer hoursMax, List<SkillView> skills) {
    }

    public record Match(VacancyCard vacancy, double score, ExplanationView explanation) {
    }

    public record NoteView(UUID id, String authorLabel, String text, Instant writtenAt) {
    }

    public record Detail(ProfileView profile, List<Match> matches, RoutePlanView routes, List<NoteView> notes,
                         List<ProposalViews.ForCoach> proposals) {
    }
}
