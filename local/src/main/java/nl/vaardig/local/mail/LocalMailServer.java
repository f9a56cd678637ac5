package nl.vaardig.local.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.vaardig.local.embedded.FreePorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local profile's real SMTP server (GreenMail, in this process, on loopback): every notification mail the
 * platform sends lands here, and the admin mail page reads it back. Port 0 picks a free port once, so a restart
 * (the tests' "mail server down, then up again") keeps the address.
 */
public final class LocalMailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMailServer.class);

    private final int port;
    private final GreenMail greenMail;

    LocalMailServer(int configuredPort) {
        this.port = configuredPort == 0 ? FreePorts.pick() : configuredPort;
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        this.greenMail = new GreenMail(smtp);
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        start();
    }

    public int port() {
        return port;
    }

    /** Everything received since the server was created, as the SMTP server stored it. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public synchronized void start() {
        if (!greenMail.isRunning()) {
            greenMail.start();
            log.info("Local SMTP server (GreenMail) ready on 127.0.0.1:{}", port);
        }
    }

    /** Takes the server off the network (tests: mail must wait in the outbox, not get lost). */
    public synchronized void stop() {
        if (greenMail.isRunning()) {
            greenMail.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
