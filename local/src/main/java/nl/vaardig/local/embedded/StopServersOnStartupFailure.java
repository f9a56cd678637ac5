package nl.vaardig.local.embedded;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;

/**
 * A platform that fails to start must not leave its embedded servers running: their non-daemon
 * threads would keep the JVM alive with no application in it.
 */
final class StopServersOnStartupFailure implements ApplicationListener<ApplicationFailedEvent> {

    private final EmbeddedServers servers;

    StopServersOnStartupFailure(EmbeddedServers servers) {
        this.servers = servers;
    }

    @Override
    public void onApplicationEvent(ApplicationFailedEvent event) {
        servers.stop();
    }
}
