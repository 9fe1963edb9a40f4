package org.spplus.webapp.essai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.spplus.platform.api.organisation.OrgUnitClosed;

/** Records the closures the core announces, as a plugin would to hand its inbox items over. */
@ApplicationScoped
public class EssaiInboxHandover {

    private final List<OrgUnitClosed> received = new CopyOnWriteArrayList<>();

    void onClosed(@Observes OrgUnitClosed event) {
        received.add(event);
    }

    public List<OrgUnitClosed> received() {
        return List.copyOf(received);
    }
}
