package org.spplus.plugin.experiences.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.story.entity.ChannelFeeling;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryProcedure;

/**
 * Keeps the dashboards' pre-aggregated counters, in the transaction of the event counted, for the current
 * network. Figures are counted in the month the entity received the story (a cohort: its answer, delay and
 * rating count in that same month, so that rates compare like with like).
 */
@ApplicationScoped
public class Figures {

    /** Delays above this many days share the last bucket. */
    public static final int MAX_DELAY_DAYS = 60;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Persistence persistence;

    @Inject
    CurrentTenant tenant;

    /** A story arrived in the case's inbox. */
    public void received(StoryCase storyCase, Story story) {
        long unit = storyCase.getUnitId();
        OffsetDateTime when = storyCase.getReceivedAt();
        add(unit, when, "received", "", 1);
        add(unit, when, "feeling", story.getFeeling().name(), 1);
        for (ChannelFeeling channel : story.getChannels().stream()
                .sorted(java.util.Comparator.comparing(ChannelFeeling::getChannel)).toList()) {
            add(unit, when, "channel", channel.getChannel() + ":" + (channel.getFeeling() == null ? "" : channel.getFeeling().name()), 1);
        }
        for (StoryProcedure procedure : story.getProcedures().stream()
                .sorted(java.util.Comparator.comparing(StoryProcedure::getCode)).toList()) {
            add(unit, when, "procedure", procedure.getCode(), 1);
        }
    }

    /** The case's entity published its answer. */
    public void answered(StoryCase storyCase) {
        add(storyCase.getUnitId(), storyCase.getReceivedAt(), "answered", "", 1);
        add(storyCase.getUnitId(), storyCase.getReceivedAt(), "delay", String.valueOf(delayDays(storyCase)), 1);
    }

    /** The author rated the answer (or changed their mind: the previous rating is taken back). */
    public void rated(StoryCase storyCase, boolean useful, Boolean previous) {
        if (previous != null) {
            if (previous == useful) {
                return;
            }
            add(storyCase.getUnitId(), storyCase.getReceivedAt(), "useful", previous.toString(), -1);
        }
        add(storyCase.getUnitId(), storyCase.getReceivedAt(), "useful", Boolean.toString(useful), 1);
    }

    /** A case opened in an entity's inbox: one more waiting for an answer there (and above). */
    public void opened(StoryCase storyCase) {
        addOpen(storyCase.getUnitId(), 1);
    }

    /** A case answered, or transferred to another network: one fewer waiting in its entity (and above). */
    public void closed(StoryCase storyCase) {
        addOpen(storyCase.getUnitId(), -1);
    }

    /** An open case moved from one entity's inbox to another's: the branches of both count it anew. */
    public void moved(long fromUnitId, long toUnitId) {
        addOpen(fromUnitId, -1);
        addOpen(toUnitId, 1);
    }

    /** The cases waiting for an answer now in the entity and everything below it. */
    public long open(long unitId) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> value = persistence.tenant().createNativeQuery("select value from exp_open_cases "
                + "where tenant_id = ?1 and unit_id = ?2").setParameter(1, tenant.require().id())
                .setParameter(2, unitId).getResultList();
        return value.isEmpty() ? 0 : value.get(0).longValue();
    }

    public void escalated(StoryCase storyCase) {
        add(storyCase.getUnitId(), storyCase.getReceivedAt(), "escalated", "", 1);
    }

    /** Whole days from receipt to answer, capped at {@link #MAX_DELAY_DAYS} + 1. */
    public static int delayDays(StoryCase storyCase) {
        long days = ChronoUnit.DAYS.between(storyCase.getReceivedAt(), storyCase.getAnsweredAt());
        return (int) Math.max(0, Math.min(MAX_DELAY_DAYS + 1, days));
    }

    static LocalDate month(OffsetDateTime when) {
        return when.atZoneSameInstant(PARIS).toLocalDate().withDayOfMonth(1);
    }

    /**
     * Adds to the counter of the entity and of each of its ancestors (a dashboard then reads the rows of one
     * entity, whatever the size of its subtree), from the root down, so that concurrent transactions lock the
     * shared rows in the same order.
     */
    private void add(long unitId, OffsetDateTime when, String metric, String key, long delta) {
        persistence.tenant().createNativeQuery("insert into exp_figure (tenant_id, unit_id, month, metric, key, value) "
                        + "select ?1, a.id, ?3, ?4, ?5, ?6" + ANCESTORS
                        + " on conflict (tenant_id, unit_id, month, metric, key) "
                        + "do update set value = exp_figure.value + excluded.value")
                .setParameter(1, tenant.require().id()).setParameter(2, unitId).setParameter(3, month(when))
                .setParameter(4, metric).setParameter(5, key.length() > 120 ? key.substring(0, 120) : key)
                .setParameter(6, delta).executeUpdate();
    }

    /**
     * Adds to the open cases of the entity and of each of its ancestors, from the root down. A transaction changes
     * these after its other counters (the same order everywhere), and each of its branches begins with the
     * network's root: two transactions never wait for each other in opposite orders.
     */
    private void addOpen(long unitId, long delta) {
        persistence.tenant().createNativeQuery("insert into exp_open_cases (tenant_id, unit_id, value) "
                        + "select ?1, a.id, ?3" + ANCESTORS
                        + " on conflict (tenant_id, unit_id) do update set value = exp_open_cases.value + excluded.value")
                .setParameter(1, tenant.require().id()).setParameter(2, unitId).setParameter(3, delta).executeUpdate();
    }

    /** The entity ?2 and its ancestors, root first. */
    private static final String ANCESTORS = " from core_org_unit u join core_org_unit a "
            + "on a.tenant_id = u.tenant_id and left(u.path, length(a.path)) = a.path where u.id = ?2 order by a.path";
}
