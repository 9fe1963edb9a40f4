package org.spplus.plugin.experiences.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.api.security.CurrentUser;

/** The signed-in person's choice: each mail at once, or a daily digest. */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public boolean dailyDigest() {
        NotificationPreference preference = persistence.platform().find(NotificationPreference.class, me());
        return preference != null && preference.isDailyDigest();
    }

    public void choose(boolean dailyDigest) {
        long me = me();
        NotificationPreference preference = persistence.platform().find(NotificationPreference.class, me);
        if (preference == null) {
            preference = new NotificationPreference(me);
            preference.choose(dailyDigest, OffsetDateTime.now(clock));
            persistence.platform().persist(preference);
        } else {
            preference.choose(dailyDigest, OffsetDateTime.now(clock));
        }
        audit.record("experiences.notifications.chosen", "account", String.valueOf(me),
                Map.of("resumeQuotidien", dailyDigest));
    }

    private long me() {
        return user.get().orElseThrow(AuthenticationRequiredException::new).accountId();
    }
}
