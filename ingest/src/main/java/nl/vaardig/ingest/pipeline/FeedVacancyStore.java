package nl.vaardig.ingest.pipeline;

import java.util.List;
import nl.vaardig.ingest.feed.FeedVacancy;

/**
 * Where the feed pipeline stores vacancies: a port the application implements with its vacancy store. Each record
 * is checked on its own first, so one the store cannot take becomes a dead letter while the rest of its batch is
 * stored together.
 *
 * @param <C> a vacancy checked and ready for {@link #store}
 */
public interface FeedVacancyStore<C> {

    /**
     * Checks one vacancy with its skills and makes it ready to store; throws when the store cannot take it (the
     * record then becomes a dead letter). Called for many records in parallel.
     */
    C check(FeedVacancy vacancy, List<FeedSkill> skills);

    /**
     * Stores checked vacancies by (feed, external id) with their vacancy events, in the consumer's transaction.
     */
    void store(List<C> checked);
}
