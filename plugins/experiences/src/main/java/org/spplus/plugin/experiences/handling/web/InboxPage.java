package org.spplus.plugin.experiences.handling.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.nio.file.Files;
import java.util.Optional;
import org.spplus.platform.api.security.AccessDeniedException;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.export.ExportFormat;
import org.spplus.plugin.experiences.export.ExportJobs;
import org.spplus.plugin.experiences.web.Texts;
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

    @Inject
    ExportJobs exportJobs;

    @Inject
    CurrentUser user;

    @Inject
    CurrentTenant tenant;

    @Inject
    PageFeedback feedback;

    private String status = "";
    private String text = "";
    private boolean lateOnly;
    private List<Inbox.Row> rows = List.of();
    private String exportId;
    private ExportJobs.Status export;

    public void load() {
        rows = inbox.list(filter(), LIMIT);
    }

    /**
     * Starts exporting the filtered list (CSV or XLSX) in the background and comes back to the page, which then
     * shows the progress and, once written, the file to download.
     */
    public String export(String code) {
        ExportFormat format = ExportFormat.fromCode(code);
        CaseExports.Request request = exports.prepare(filter(), format);
        exportId = exportJobs.start(owner(), tenant.require().id(), format, "bannette", request.total(),
                (out, progress) -> exports.write(request, out, progress));
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The export started from this page, for the person who started it; null if unknown or expired. */
    public ExportJobs.Status getExport() {
        if (export == null && getExportId() != null && !exportId.isBlank()) {
            export = exportJobs.status(exportId, owner()).orElse(null);
        }
        return export;
    }

    /** Sends the finished export's file. */
    public void downloadExport() throws java.io.IOException {
        getExport();
        Optional<ExportJobs.Download> download = exportJobs.download(exportId, owner());
        if (download.isEmpty()) {
            feedback.refuse(Texts.get("inbox.export.unknown"));
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(download.get().contentType());
        external.setResponseContentLength((int) Math.min(Integer.MAX_VALUE, download.get().bytes()));
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + download.get().fileName() + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        Files.copy(download.get().file(), external.getResponseOutputStream());
        context.responseComplete();
    }

    /** A file size in French notation: kilobytes under a megabyte, else megabytes with one decimal. */
    public String fileSize(long bytes) {
        return bytes < 1_000_000 ? String.format(java.util.Locale.FRANCE, "%d Ko", Math.max(1, (bytes + 999) / 1000))
                : String.format(java.util.Locale.FRANCE, "%.1f Mo", bytes / 1_000_000.0);
    }

    private long owner() {
        return user.get().orElseThrow(() -> new AccessDeniedException("Connectez-vous pour exporter.")).accountId();
    }

    public String getExportId() {
        if (exportId == null) { // read before the view parameters are applied, to decode the download button
            exportId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("export");
        }
        return exportId;
    }

    public void setExportId(String exportId) {
        this.exportId = exportId;
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
