package org.spplus.plugin.experiences.handling.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.handling.entity.CaseStatus;

/**
 * The one place where an inbox filter becomes a query: the cases of the given entities, with the chosen
 * statuses (all but transferred by default), words of the title or the text, late ones only. Each row is the
 * case and its story ({@code select c, s}).
 */
public final class CaseFilter {

    private CaseFilter() {
    }

    /**
     * @param after  only cases with a greater id (keyset pages), or null
     * @param order  the JPQL order clause, such as {@code "c.dueAt, c.id"}
     */
    public static TypedQuery<Object[]> query(EntityManager em, Set<Long> units, Collection<CaseStatus> statuses,
                                             String text, boolean lateOnly, OffsetDateTime now, Long after, String order) {
        return bind(em.createQuery("select c, s" + from(text, lateOnly, after) + " order by " + order, Object[].class),
                units, statuses, text, lateOnly, now, after);
    }

    /** How many cases the same filter gives (for an export's progress). */
    public static long count(EntityManager em, Set<Long> units, Collection<CaseStatus> statuses, String text,
                             boolean lateOnly, OffsetDateTime now) {
        return bind(em.createQuery("select count(c)" + from(text, lateOnly, null), Long.class),
                units, statuses, text, lateOnly, now, null).getSingleResult();
    }

    private static String from(String text, boolean lateOnly, Long after) {
        return " from StoryCase c, Story s where s.id = c.storyId and c.unitId in :units and c.status in :statuses"
                + (words(text).isEmpty() ? "" : " and (lower(s.publishedTitle) like :text or lower(s.publishedBody) like :text)")
                + (lateOnly ? " and c.dueAt < :now and c.status <> :answered" : "")
                + (after == null ? "" : " and c.id > :after");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Set<Long> units, Collection<CaseStatus> statuses,
                                          String text, boolean lateOnly, OffsetDateTime now, Long after) {
        Collection<CaseStatus> chosen = statuses == null || statuses.isEmpty()
                ? List.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_VALIDATION, CaseStatus.ANSWERED)
                : statuses;
        query.setParameter("units", units).setParameter("statuses", chosen);
        String words = words(text);
        if (!words.isEmpty()) {
            query.setParameter("text", "%" + words + "%");
        }
        if (lateOnly) {
            query.setParameter("now", now).setParameter("answered", CaseStatus.ANSWERED);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query;
    }

    private static String words(String text) {
        return Inputs.trimmed(text).toLowerCase(Locale.ROOT);
    }
}
