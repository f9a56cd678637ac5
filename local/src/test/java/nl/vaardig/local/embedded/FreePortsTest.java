package nl.vaardig.local.embedded;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void picksBelowTheEphemeralRangeSoNoOutgoingConnectionTakesThePortFirst() {
        for (int i = 0; i < 50; i++) {
            assertThat(FreePorts.pick()).isBetween(10_000, FreePorts.ephemeralStart() - 1);
        }
    }

    @Test
    void aBrokerPortComesWithItsControllerPortFreeBesideIt() throws IOException {
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.pickWithNext();
            try (ServerSocket broker = bind(port); ServerSocket controller = bind(port + 1)) {
                assertThat(controller.getLocalPort()).isEqualTo(broker.getLocalPort() + 1);
            }
        }
    }

    @Test
    void aPortInUseIsNotFree() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.allFree(taken.getLocalPort(), 1)).isFalse();
            assertThat(FreePorts.allFree(taken.getLocalPort() - 1, 2)).isFalse();
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        return socket;
    }
}
