package nl.vaardig.web.feed;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the {@link EngineBuild} as the application starts (registered in {@code META-INF/spring.factories}, the only
 * way to hear this first event): before the embedded servers and the Spring context, which it then runs beside.
 */
public class EngineBuildStarter implements ApplicationListener<ApplicationStartingEvent> {

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        EngineBuild.shared();
    }
}
