package org.spplus.platform.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.core.security.AccessControl;

/** The outbox as platform administrators see it: what left, what waits, what failed. */
@ApplicationScoped
public class OutboxQueries {

    @Inject
    Persistence persistence;

    @Inject
    AccessControl access;

    @Transactional
    public List<OutboxMail> latest(int limit) {
        access.require(Roles.PLATFORM_ADMIN);
        return persistence.platform().createQuery("select m from OutboxMail m order by m.id desc", OutboxMail.class)
                .setMaxResults(limit).getResultList();
    }
}
