package nl.vaardig.web.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import nl.vaardig.web.feed.EngineBuild;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.actuate.endpoint.SimpleStatusAggregator;
import org.springframework.boot.health.contributor.Status;

class BackgroundStartHealthIndicatorTest {

    @Test
    void saysStartingWhileTheTypeaheadOrABackgroundPartIsUnderWayWithoutTakingThePlatformOutOfService() {
        TaxonomyRuntime built = EngineBuild.shared().taxonomy();
        CompletableFuture<TaxonomyTypeahead> typeahead = new CompletableFuture<>();
        BackgroundWork work = new BackgroundWork();
        var indicator = new BackgroundStartHealthIndicator(new TaxonomyRuntime(built.taxonomy(), built.importReport(),
                built.competentNl(), built.competentNlLinks(), typeahead, built.titleMatcher(), built.regions(),
                built.timings()), work);

        var starting = indicator.health(true);
        assertThat(starting.getStatus()).isEqualTo(BackgroundStartHealthIndicator.STARTING);
        assertThat(starting.getDetails()).containsEntry("typeahead", "building");
        assertThat(new SimpleStatusAggregator().getAggregateStatus(java.util.Set.of(Status.UP, starting.getStatus())))
                .isEqualTo(Status.UP);

        typeahead.complete(EngineBuild.shared().typeahead());
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);

        work.started("demoData");
        var seeding = indicator.health(true);
        assertThat(seeding.getStatus()).isEqualTo(BackgroundStartHealthIndicator.STARTING);
        assertThat(seeding.getDetails()).containsEntry("typeahead", "built").containsEntry("demoData", "running");
        work.done("demoData");
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health(true).getDetails()).containsEntry("demoData", "done");
        work.failed("demoData");
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
        work.done("demoData");

        typeahead.obtrudeException(new IllegalStateException("index build failed"));
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
    }
}
