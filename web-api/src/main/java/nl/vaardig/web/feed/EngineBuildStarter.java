package nl.vaardig.web.feed;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the {@link EngineBuild} as the application starts (registered in {@code META-INF/spring.factories}, the only
 * way to hear this first event): before the embedded servers and the Spring context, which it then runs beside. When
 * the application is ready it lets the build's background parts (the typeahead) start.
 */
public class EngineBuildStarter implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            EngineBuild.shared();
        } else if (event instanceof ApplicationReadyEvent) {
            EngineBuild.shared().startBackgroundParts();
        }
    }
}
