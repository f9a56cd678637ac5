package nl.vaardig.local.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks free loopback ports for servers configured with port 0.
 *
 * <p>Ports come from below the kernel's ephemeral range: a port from inside it (what binding port 0
 * returns) can be handed to any outgoing connection between the pick and the server's bind — a
 * JDBC or Kafka client connecting meanwhile — and a KRaft controller that cannot bind its port
 * halts the JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 500;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {
    }

    /** One free port. */
    public static int pick() {
        return pickRun(1);
    }

    /** A free port whose next port is free too: a Kafka broker listens on it and its controller beside it. */
    public static int pickWithNext() {
        return pickRun(2);
    }

    static int pickRun(int length) {
        int highest = ephemeralStart() - length;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < ATTEMPTS && highest > LOWEST; attempt++) {
            int first = random.nextInt(LOWEST, highest);
            if (allFree(first, length)) {
                return first;
            }
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int first = kernelPick();
            if (first + length <= 65_536 && allFree(first, length)) {
                return first;
            }
        }
        throw new IllegalStateException("No " + length + " free consecutive loopback port(s) found");
    }

    static boolean allFree(int first, int length) {
        for (int port = first; port < first + length; port++) {
            if (!free(port)) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int kernelPick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** The first port of the kernel's ephemeral range (Linux); 32768, its usual value, elsewhere. */
    static int ephemeralStart() {
        // Read as a line: procfs reports size 0, and a whole-file read of it comes back truncated.
        try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_RANGE, StandardCharsets.UTF_8)) {
            String[] range = reader.readLine().trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
