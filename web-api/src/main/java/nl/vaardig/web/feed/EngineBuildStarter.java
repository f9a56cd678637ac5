package nl.vaardig.web.feed;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the {@link EngineBuild} as the application starts (registered in {@code META-INF/spring.factories}, the only
 * way to hear this first event): before the embedded servers and the Spring context, which it then runs beside. When
 * the application is ready it lets the build's background parts (the typeahead, the snapshot writes) start.
 * {@link EngineBuildSources} tells the build what it reads from.
 */
public class EngineBuildStarter implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            EngineBuild.startShared();
        } else if (event instanceof ApplicationReadyEvent) {
            EngineBuild.shared().startBackgroundParts();
        } else if (event instanceof ApplicationFailedEvent) {
            // a start that failed before its environment was prepared must not leave the build waiting for its sources
            EngineBuild.shared().useSources(EngineBuild.Sources.none());
        }
    }
}
