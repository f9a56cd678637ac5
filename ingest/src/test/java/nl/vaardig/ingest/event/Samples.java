package nl.vaardig.ingest.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.event.payload.InvitationAnswered;
import nl.vaardig.ingest.event.payload.LearningRouteStarted;
import nl.vaardig.ingest.event.payload.MatchProposedByCoach;
import nl.vaardig.ingest.event.payload.OutcomeRecorded;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.ingest.event.payload.VacancyChanged;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.ingest.feed.FeedVacancy;

/** One realistic payload of every event type. */
final class Samples {

    static final String NURSING = "http://data.europa.eu/esco/skill/0a7b2a87-7d2a-4e2d-9b52-2c3d6a1f0001";

    private Samples() {
    }

    static VacancyState vacancy() {
        return new VacancyState(UUID.randomUUID(), "Zorggroep Amstelland", "Verpleegkundige wijkzorg", "AM18",
                "Amstelveen", 52.3, 4.86, 24, 32, "PERMANENT", null, "2221",
                List.of(new VacancyState.SkillRequirement(NURSING, true)), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 30), "PUBLISHED", "ui", null, 1);
    }

    static List<EventPayload> everyType() {
        UUID person = UUID.randomUUID();
        UUID vacancy = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        return List.of(
                new VacancyPublished(vacancy()),
                new VacancyChanged(vacancy()),
                new VacancyClosed(vacancy, "AM18", VacancyClosed.Reason.FILLED, 3),
                new ProfileRegistered(person, "AM22", LocalDate.of(2025, 3, 2)),
                new ConsentChanged(person, "AM22", Set.of(ConsentChanged.Scope.MATCHING)),
                new ProfileDeleted(person, "AM22"),
                new MatchProposedByCoach(match, person, vacancy, "coach-7f3a", "AM22", 0.82),
                new InvitationAnswered(UUID.randomUUID(), match, person, vacancy, "AM22", InvitationAnswered.Answer.ACCEPTED),
                new OutcomeRecorded(match, person, vacancy, "AM22", OutcomeRecorded.Outcome.HIRED),
                new LearningRouteStarted(person, "route-mbo-verzorgende-ig", "AM22", LocalDate.of(2025, 4, 1)),
                new FeedVacancyReceived(UUID.randomUUID(), 7, new FeedVacancy("werkzoeken-nl", "WZ-1", "Bakkerij De Korf",
                        "Bakker", "Wij zoeken een bakker met ervaring in brood bakken.", "AM18", "Amsterdam", null, null,
                        38, 40, "temporary", null, null, List.of(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1))));
    }
}
