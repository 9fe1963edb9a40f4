package org.spplus.plugin.experiences.handling.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spplus.plugin.experiences.export.ExportFormat;
import org.spplus.plugin.experiences.handling.boundary.CaseExports;
import org.spplus.plugin.experiences.handling.boundary.Inbox;
import org.spplus.plugin.experiences.handling.entity.CaseStatus;

/** The inbox (bannette) of an agent's entities and of everything below them. */
@Named
@RequestScoped
public class InboxPage {

    static final int LIMIT = 500;

    @Inject
    Inbox inbox;

    @Inject
    CaseExports exports;

    private String status = "";
    private String text = "";
    private boolean lateOnly;
    private List<Inbox.Row> rows = List.of();

    public void load() {
        rows = inbox.list(filter(), LIMIT);
    }

    /** Sends the filtered list as a file (CSV or XLSX), streamed. */
    public void export(String code) throws java.io.IOException {
        ExportFormat format = ExportFormat.fromCode(code);
        jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + format.fileName("bannette") + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        exports.write(filter(), format, external.getResponseOutputStream());
        context.responseComplete();
    }

    private Inbox.Filter filter() {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equalsIgnoreCase(status)) {
                statuses.add(s);
            }
        }
        return new Inbox.Filter(statuses, text, lateOnly);
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
