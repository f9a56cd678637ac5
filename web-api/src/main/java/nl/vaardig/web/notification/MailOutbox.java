package nl.vaardig.web.notification;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a rendered mail in the transaction of the change it announces: it is sent if and only if that change
 * commits ({@link MailRelay} sends it after the commit, retrying until the SMTP server takes it).
 */
@Component
class MailOutbox {

    private final JdbcClient jdbc;
    private final MailRelay relay;

    MailOutbox(JdbcClient jdbc, MailRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(String recipientSubject, String toAddress, Mail mail) {
        jdbc.sql("insert into mail_outbox (id, recipient_subject, kind, to_address, subject, body) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), recipientSubject, mail.kind().name(), toAddress, mail.subject(), mail.body())
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
    }
}
