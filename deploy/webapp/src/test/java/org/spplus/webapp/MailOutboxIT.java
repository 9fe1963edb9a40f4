package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.mail.MailOutbox;
import org.spplus.platform.api.mail.OutgoingMail;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.core.mail.OutboxMail;
import org.spplus.platform.core.mail.OutboxSender;
import org.spplus.platform.testing.Mailbox;
import org.spplus.platform.testing.TestEnvironment;

/**
 * Mail goes through the outbox to a real SMTP server (GreenMail in the test JVM): sent after commit,
 * never sent when the transaction rolls back, kept and retried while the server is down.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailOutboxIT {

    private static final String TO = "usager.test@example.org";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @Inject
    MailOutbox outbox;

    @Inject
    Persistence persistence;

    @Inject
    OutboxSender sender;

    @Test
    @Order(1)
    void queueAMailInACommittedTransaction() throws Exception {
        Transactions.commit(() -> outbox.enqueue(OutgoingMail.text(TO, "Votre expérience a été publiée",
                "Bonjour,\n\nVotre expérience est en ligne.\n")));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theMailReachesTheSmtpServer() throws Exception {
        Mailbox.Mail received = Mailbox.await(TO, "Votre expérience a été publiée");
        assertThat(received.subject()).isEqualTo("Votre expérience a été publiée");
        assertThat(received.text()).contains("Votre expérience est en ligne.");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theMailServerGoesDown() {
        TestEnvironment.get().stopSmtp();
    }

    @Test
    @Order(4)
    void mailQueuedDuringTheOutageWaitsInTheOutbox() throws Exception {
        long id = Transactions.commit(() -> outbox.enqueue(OutgoingMail.text(TO, "Pendant la panne", "Réponse publiée.")));
        assertThat(Transactions.eventually(() -> mail(id).getAttempts() >= 1, 20_000)).isTrue();
        OutboxMail mail = mail(id);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getLastError()).contains("injoignable");
        assertThat(mail.getNextAttemptAt()).isAfter(mail.getCreatedAt());
    }

    @Test
    @Order(5)
    void mailOfARolledBackTransactionIsNeverSent() throws Exception {
        Transactions.rollback(() -> outbox.enqueue(OutgoingMail.text(TO, "Annulé", "Ne doit pas partir.")));
        assertThat(Transactions.commit(() -> persistence.platform()
                .createQuery("select count(m) from OutboxMail m where m.subject = 'Annulé'", Long.class)
                .getSingleResult())).isZero();
    }

    @Test
    @Order(6)
    @RunAsClient
    void theMailServerComesBack() {
        TestEnvironment.get().startSmtp();
    }

    @Test
    @Order(7)
    void pendingMailIsSentAtItsNextAttempt() throws Exception {
        // bring the next attempt forward instead of waiting for the 30-second backoff
        Transactions.commit(() -> persistence.platform().createNativeQuery(
                "update core_mail_outbox set next_attempt_at = now() where status = 'PENDING'").executeUpdate());
        sender.wake();
        assertThat(Transactions.eventually(() -> Transactions.commit(() -> persistence.platform()
                .createQuery("select count(m) from OutboxMail m where m.status = org.spplus.platform.core.mail"
                        + ".OutboxMail.Status.PENDING", Long.class).getSingleResult()) == 0, 20_000)).isTrue();
    }

    @Test
    @Order(8)
    @RunAsClient
    void nothingWasLost() throws Exception {
        // the server was restarted empty: what it holds now was sent after the outage
        Mailbox.await(TO, "Pendant la panne");
        GreenMail smtp = TestEnvironment.get().smtp();
        List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(subjects).containsExactly("Pendant la panne");
    }

    private OutboxMail mail(long id) throws Exception {
        return Transactions.commit(() -> persistence.platform().find(OutboxMail.class, id));
    }
}
