package org.spplus.platform.core.mail;

import org.spplus.platform.core.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.spplus.platform.api.mail.MailOutbox;
import org.spplus.platform.api.mail.OutgoingMail;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.tenant.TenantRef;

/** Queues mail in the caller's transaction and wakes the sender once that transaction has committed. */
@ApplicationScoped
public class MailOutboxService implements MailOutbox {

    @Inject
    Persistence persistence;

    @Inject
    CurrentTenant tenant;

    @Inject
    OutboxSender sender;

    @Inject
    ContainerResources container;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        if (mail.to().isBlank() || !mail.to().contains("@")) {
            throw new IllegalArgumentException("Adresse de destination invalide : " + mail.to());
        }
        OutboxMail row = new OutboxMail(tenant.get().map(TenantRef::id).orElse(null), mail);
        var em = persistence.platform();
        em.persist(row);
        em.flush();
        container.transactions().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sender.wake();
                }
            }
        });
        return row.getId();
    }
}
