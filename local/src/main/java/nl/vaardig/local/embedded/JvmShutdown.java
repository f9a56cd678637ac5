package nl.vaardig.local.embedded;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stops shared embedded servers once, when the JVM exits. */
final class JvmShutdown {

    private static final Set<EmbeddedServers> REGISTERED = ConcurrentHashMap.newKeySet();

    private JvmShutdown() {
    }

    static void once(EmbeddedServers servers) {
        if (REGISTERED.add(servers)) {
            Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "vaardig-embedded-stop"));
        }
    }
}
