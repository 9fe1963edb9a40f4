package org.spplus.plugin.experiences.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.mail.MailOutbox;
import org.spplus.platform.api.mail.OutgoingMail;
import org.spplus.platform.api.persistence.Persistence;

/** The daily digest pass (see {@link Digests}), in a transaction. */
@ApplicationScoped
@Transactional
public class DigestWork {

    static final int SEND_HOUR = 7;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Persistence persistence;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /** Sends the digests due now; returns how many mails were queued. */
    public int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean morning = now.atZoneSameInstant(PARIS).getHour() == SEND_HOUR;
        List<DigestItem> pending = persistence.platform().createQuery("select d from DigestItem d "
                + "where d.sentAt is null order by d.accountId, d.createdAt, d.id", DigestItem.class).getResultList();
        Map<Long, List<DigestItem>> byPerson = new LinkedHashMap<>();
        pending.forEach(d -> byPerson.computeIfAbsent(d.getAccountId(), k -> new ArrayList<>()).add(d));
        int mails = 0;
        for (List<DigestItem> items : byPerson.values()) {
            boolean overdue = items.get(0).getCreatedAt().isBefore(now.minusDays(1));
            if (!morning && !overdue) {
                continue;
            }
            StringBuilder body = new StringBuilder("Bonjour,\n\nVoici ce qui vous attend sur Services Publics+ :\n");
            for (DigestItem item : items) {
                body.append("\n- ").append(item.getLine()).append("\n  ").append(item.getLink()).append('\n');
                item.sent(now);
            }
            body.append("\nVous recevez ce résumé une fois par jour, comme vous l'avez choisi. Pour recevoir chaque "
                    + "message à part, changez votre choix dans « Mes notifications ».\n\n--\nL'équipe Services Publics+");
            outbox.enqueue(OutgoingMail.text(items.get(0).getEmail(), "Votre résumé quotidien Services Publics+ ("
                    + items.size() + (items.size() > 1 ? " éléments)" : " élément)"), body.toString()));
            mails++;
        }
        return mails;
    }
}
