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
                        + "select ?1, a.id, ?3, ?4, ?5, ?6 from core_org_unit u join core_org_unit a "
                        + "on a.tenant_id = u.tenant_id and left(u.path, length(a.path)) = a.path where u.id = ?2 "
                        + "order by a.path on conflict (tenant_id, unit_id, month, metric, key) "
                        + "do update set value = exp_figure.value + excluded.value")
                .setParameter(1, tenant.require().id()).setParameter(2, unitId).setParameter(3, month(when))
                .setParameter(4, metric).setParameter(5, key.length() > 120 ? key.substring(0, 120) : key)
                .setParameter(6, delta).executeUpdate();
    }
}
