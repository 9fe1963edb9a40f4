package org.spplus.plugin.experiences.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.persistence.Persistence;

/**
 * Tells the platform's staff (moderators, agents, managers) about their work, in the current transaction: a
 * mail at once, or a line in their next daily digest, as each person chose.
 */
@ApplicationScoped
public class StaffNotices {

    @Inject
    Persistence persistence;

    @Inject
    ExperienceMails mails;

    @Inject
    Clock clock;

    /**
     * @param key          the mail template
     * @param title        the template's {0}
     * @param absoluteLink the template's {1}: where to act
     * @param args         the template's {2}, {3}…
     */
    public void tell(Person person, String key, String title, String absoluteLink, Object... args) {
        NotificationPreference preference = persistence.platform().find(NotificationPreference.class, person.accountId());
        if (preference != null && preference.isDailyDigest()) {
            persistence.platform().persist(new DigestItem(person.accountId(), person.email(),
                    mails.subject(key, title, args), absoluteLink, OffsetDateTime.now(clock)));
        } else {
            mails.sendWithAbsoluteLink(person.email(), key, title, absoluteLink, args);
        }
    }
}
