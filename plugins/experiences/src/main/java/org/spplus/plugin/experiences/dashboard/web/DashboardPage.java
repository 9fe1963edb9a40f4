package org.spplus.plugin.experiences.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.dashboard.boundary.Dashboards;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.web.OptionList;
import org.spplus.plugin.experiences.web.Texts;

/** A manager's dashboard: an entity and everything below it, over a period of months. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Dashboards dashboards;

    @Inject
    ProcedureCatalogue procedures;

    @Inject
    PageFeedback feedback;

    @Inject
    Clock clock;

    private Long entity;
    private String from = "";
    private String to = "";
    private List<OrgUnitView> entities = List.of();
    private Dashboards.Dashboard dashboard;

    public void load() {
        YearMonth now = YearMonth.now(clock);
        YearMonth end = month(to, now);
        YearMonth start = month(from, end.minusMonths(11));
        from = start.toString();
        to = end.toString();
        try {
            Dashboards.Overview overview = dashboards.overview(entity, start, end);
            entities = overview.entities();
            dashboard = overview.dashboard();
            entity = dashboard == null ? entity : Long.valueOf(dashboard.unit().id());
        } catch (InvalidInput problems) {
            entities = dashboards.entities();
            feedback.show(null, problems);
        }
    }

    private static YearMonth month(String value, YearMonth fallback) {
        try {
            return value == null || value.isBlank() ? fallback : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    public Dashboards.Dashboard getDashboard() {
        return dashboard;
    }

    /** The entities to choose from, indented by depth below the highest. */
    public List<OptionList.Option> getEntityOptions() {
        int top = entities.stream().mapToInt(OrgUnitView::depth).min().orElse(0);
        return entities.stream().map(u -> new OptionList.Option(String.valueOf(u.id()),
                "\u00a0\u00a0".repeat(u.depth() - top) + u.name())).toList();
    }

    public String getEntityChosen() {
        return entity == null ? "" : entity.toString();
    }

    /** A share as a whole percentage, in French notation. */
    public String percent(double share) {
        return Texts.percent(share);
    }

    public int percentValue(double share) {
        return (int) Math.round(share * 100);
    }

    public String month(java.time.YearMonth month) {
        return Texts.month(month);
    }

    public String feelingLabel(String name) {
        return Texts.feelingLabel(name);
    }

    public String channelLabel(String code) {
        return ContactChannel.fromCode(code).map(c -> c.label().in(locale())).orElse(code);
    }

    public String procedureLabel(String code) {
        return procedures.byCode(code).map(p -> p.label()).orElse(code);
    }

    public String outcomeLabel(String outcome) {
        return FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "expMsg").getString("dashboard.outcome." + outcome);
    }

    public List<Map.Entry<YearMonth, long[]>> getMonths() {
        return dashboard == null ? List.of() : List.copyOf(dashboard.monthly().entrySet());
    }

    public long getMonthMax() {
        return dashboard == null ? 0 : dashboard.monthly().values().stream().mapToLong(v -> v[0]).max().orElse(0);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getEntity() {
        return entity;
    }

    public void setEntity(Long entity) {
        this.entity = entity;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
