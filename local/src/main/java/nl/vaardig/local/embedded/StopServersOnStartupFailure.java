package nl.vaardig.local.embedded;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;

/**
 * A platform that fails to start must not leave its embedded servers running: their non-daemon
 * threads would keep the JVM alive with no application in it.
 */
final class StopServersOnStartupFailure implements ApplicationListener<ApplicationFailedEvent> {

    private final EmbeddedServers servers;
    private final EmbeddedServerStarts starts;

    StopServersOnStartupFailure(EmbeddedServers servers, EmbeddedServerStarts starts) {
        this.servers = servers;
        this.starts = starts;
    }

    @Override
    public void onApplicationEvent(ApplicationFailedEvent event) {
        // a start still under way (the context failed for another reason) finishes first, then both are stopped
        starts.awaitSettled();
        servers.stop();
    }
}
