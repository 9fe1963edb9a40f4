package org.spplus.platform.core.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spplus.platform.core.audit.AuditEvent;
import org.spplus.platform.core.audit.AuditLogService;

/** The network's audit log, newest first, a hundred lines a page. */
@Named
@RequestScoped
public class AuditLogPage {

    static final int PAGE = 100;

    @Inject
    AuditLogService audit;

    private List<AuditEvent> events;

    @PostConstruct
    void load() {
        String before = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("avant");
        Long beforeId = before != null && before.matches("\\d{1,18}") ? Long.valueOf(before) : null;
        events = audit.latestOfCurrentTenant(beforeId, PAGE);
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    /** The id to continue from, if there may be older events. */
    public Long getNextBefore() {
        return events.size() == PAGE ? events.get(events.size() - 1).getId() : null;
    }
}
