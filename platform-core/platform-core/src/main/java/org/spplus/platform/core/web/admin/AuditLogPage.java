package org.spplus.platform.core.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.spplus.platform.core.audit.AuditEvent;
import org.spplus.platform.core.audit.AuditLogService;

/** The network's audit log, newest first, a hundred lines a page. */
@Named
@RequestScoped
public class AuditLogPage {

    static final int PAGE = 100;
    private static final ZoneId FRENCH_TIME = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

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

    /** When the event happened, in French time (the server's clock may be on another zone). */
    public String when(AuditEvent event) {
        return event.getOccurredAt().atZoneSameInstant(FRENCH_TIME).format(WHEN);
    }

    /** What an action code means, in the page's language; the code itself for an action without a label. */
    public String actionLabel(String action) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String key = "audit.action." + action;
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : action;
    }

    /** The id to continue from, if there may be older events. */
    public Long getNextBefore() {
        return events.size() == PAGE ? events.get(events.size() - 1).getId() : null;
    }
}
