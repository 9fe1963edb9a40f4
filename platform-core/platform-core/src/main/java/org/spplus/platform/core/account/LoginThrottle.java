package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;

/**
 * Slows down password guessing, across the nodes of a cluster: after 5 failures in 15 minutes for an
 * account, or 20 from one address, further attempts are refused for 15 minutes.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Inject
    Persistence persistence;

    /** When sign-in is refused for this account or address, until when. */
    @Transactional
    public Optional<OffsetDateTime> lockedUntil(String email, String address) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime latest = null;
        for (String key : keys(email, address)) {
            for (Object value : persistence.platform().createNativeQuery(
                            "select locked_until from core_login_failure where throttle_key = ?1 and locked_until > ?2")
                    .setParameter(1, key).setParameter(2, now).getResultList()) {
                OffsetDateTime until = asOffsetDateTime(value);
                latest = latest == null || until.isAfter(latest) ? until : latest;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Counts a failure for the account and the address. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String email, String address) {
        List<String> keys = keys(email, address);
        for (String key : keys) {
            int limit = key.startsWith("compte:") ? ACCOUNT_LIMIT : ADDRESS_LIMIT;
            count(persistence.platform(), key, limit);
        }
    }

    /** Forgets the account's failures once it signed in. */
    @Transactional
    public void succeeded(String email) {
        persistence.platform().createNativeQuery("delete from core_login_failure where throttle_key = ?1")
                .setParameter(1, accountKey(email)).executeUpdate();
    }

    private static void count(EntityManager em, String key, int limit) {
        OffsetDateTime now = OffsetDateTime.now();
        em.createNativeQuery("""
                insert into core_login_failure (throttle_key, window_started_at, failures, locked_until)
                values (?1, ?2, 1, null)
                on conflict (throttle_key) do update set
                  failures = case when core_login_failure.window_started_at < ?3 then 1
                                  else core_login_failure.failures + 1 end,
                  window_started_at = case when core_login_failure.window_started_at < ?3 then ?2
                                           else core_login_failure.window_started_at end,
                  locked_until = case when core_login_failure.window_started_at >= ?3
                                           and core_login_failure.failures + 1 >= ?4 then ?5
                                      else core_login_failure.locked_until end
                """)
                .setParameter(1, key).setParameter(2, now).setParameter(3, now.minus(WINDOW))
                .setParameter(4, limit).setParameter(5, now.plus(LOCK))
                .executeUpdate();
    }

    private static OffsetDateTime asOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private static List<String> keys(String email, String address) {
        return address == null ? List.of(accountKey(email)) : List.of(accountKey(email), "adresse:" + address);
    }

    private static String accountKey(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return "compte:" + (normalized.length() > 300 ? normalized.substring(0, 300) : normalized);
    }
}
