package org.spplus.plugin.experiences.handling.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spplus.plugin.experiences.handling.boundary.Inbox;
import org.spplus.plugin.experiences.handling.entity.CaseStatus;

/** The inbox (bannette) of an agent's entities and of everything below them. */
@Named
@RequestScoped
public class InboxPage {

    static final int LIMIT = 500;

    @Inject
    Inbox inbox;

    private String status = "";
    private String text = "";
    private boolean lateOnly;
    private List<Inbox.Row> rows = List.of();

    public void load() {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equalsIgnoreCase(status)) {
                statuses.add(s);
            }
        }
        rows = inbox.list(new Inbox.Filter(statuses, text, lateOnly), LIMIT);
    }

    public List<Inbox.Row> getRows() {
        return rows;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public boolean isLateOnly() {
        return lateOnly;
    }

    public void setLateOnly(boolean lateOnly) {
        this.lateOnly = lateOnly;
    }
}
