package org.spplus.platform.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;

/**
 * One pass of the sender: takes the due mails (rows locked, skipped by other nodes), sends them over one
 * SMTP connection, and records each outcome. If the server cannot be reached, every mail of the batch
 * is postponed without waiting for each to time out.
 */
@ApplicationScoped
public class OutboxBatch {

    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());

    @Inject
    Persistence persistence;

    @Inject
    SmtpMailer mailer;

    @Inject
    Settings settings;

    /** Sends at most {@code max} due mails; returns how many were taken. */
    @Transactional
    public int sendDue(int max) {
        EntityManager em = persistence.platform();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from core_mail_outbox where status = 'PENDING' "
                        + "and next_attempt_at <= now() order by next_attempt_at, id limit ?1 for update skip locked")
                .setParameter(1, max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<OutboxMail> mails = ids.stream().map(id -> em.find(OutboxMail.class, id.longValue())).toList();
        int maxAttempts = settings.getInt(CoreSetting.MAIL_MAX_ATTEMPTS);
        try (SmtpMailer.Connection connection = mailer.connect()) {
            for (OutboxMail mail : mails) {
                try {
                    connection.send(mail.toMail());
                    mail.markSent();
                } catch (MessagingException | RuntimeException e) {
                    mail.markAttemptFailed(describe(e), maxAttempts);
                    LOG.log(Level.WARNING, "Mail " + mail.getId() + " not sent (attempt " + mail.getAttempts() + "): "
                            + describe(e));
                }
            }
        } catch (MessagingException e) {
            String error = "Serveur de courrier injoignable : " + describe(e);
            LOG.warning(() -> error + " — " + mails.size() + " mail(s) postponed");
            mails.forEach(m -> m.markAttemptFailed(error, maxAttempts));
        }
        return mails.size();
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
    }
}
