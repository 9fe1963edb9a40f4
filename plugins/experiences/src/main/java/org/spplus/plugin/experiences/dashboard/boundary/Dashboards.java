package org.spplus.plugin.experiences.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.ExperiencesSetting;
import org.spplus.plugin.experiences.dashboard.control.Figures;
import org.spplus.plugin.experiences.handling.control.CaseAccess;
import org.spplus.plugin.experiences.handling.control.CaseNotFoundException;
import org.spplus.plugin.experiences.story.Feeling;

/**
 * The managers' dashboards for an entity and everything below it, over a period of months: flow and stock,
 * answer rate, median / p75 / p90 / p95 of the answer delay, share answered within the target, feelings
 * overall and per channel, usefulness of the answers, moderation outcomes, top procedures. Everything reads the
 * pre-aggregated figures (the stock too: the open cases are counted as they open and close), so a dashboard
 * costs the same at ten thousand and at a million stories.
 */
@ApplicationScoped
@Transactional
public class Dashboards {

    /** Percentiles of the answer delay, in days (null when nothing was answered). */
    public record Delays(Integer median, Integer p75, Integer p90, Integer p95, double withinTargetShare, int targetDays) {
    }

    /** A count with its share of the whole (0…1). */
    public record Share(String key, long count, double share) {
    }

    /** A channel: how many stories named it, and with which feeling. */
    public record ChannelFeelings(String channel, long positive, long neutral, long negative, long unsaid) {

        public long total() {
            return positive + neutral + negative + unsaid;
        }
    }

    /** The dashboard of one entity's subtree over a period. */
    public record Dashboard(OrgUnitView unit, YearMonth from, YearMonth to, long received, long answered,
                            long waitingNow, long escalated, double answerRate, Delays delays, List<Share> feelings,
                            List<ChannelFeelings> channels, long ratings, double usefulShare, List<Share> moderation,
                            List<Share> topProcedures, Map<YearMonth, long[]> monthly) {
    }

    /** What a manager's dashboard page shows: the entities they may choose, and the chosen one's dashboard. */
    public record Overview(List<OrgUnitView> entities, Dashboard dashboard) {
    }

    @Inject
    Persistence persistence;

    @Inject
    CaseAccess access;

    @Inject
    OrganisationTree tree;

    @Inject
    CurrentTenant tenant;

    @Inject
    Figures figures;

    /**
     * The entities a manager may see dashboards for: theirs and everything below, in the tree's order (each after
     * its parent, siblings by name), so that the first is the highest of theirs.
     */
    public List<OrgUnitView> entities() {
        access.requireManager();
        java.util.Set<Long> handled = access.handledUnits();
        return tree.wholeTree().stream().filter(unit -> handled.contains(unit.id())).toList(); // the tree kept in memory
    }

    /**
     * The entities a manager may see and the dashboard of one of them (the first when none is given), in one
     * transaction. No entity: no dashboard.
     */
    public Overview overview(Long unitId, YearMonth from, YearMonth to) {
        List<OrgUnitView> entities = entities();
        if (entities.isEmpty()) {
            return new Overview(entities, null);
        }
        long chosen = unitId != null ? unitId : entities.get(0).id();
        OrgUnitView unit = entities.stream().filter(u -> u.id() == chosen).findFirst()
                .orElseThrow(CaseNotFoundException::new);
        return new Overview(entities, checked(unit, from, to));
    }

    private Dashboard checked(OrgUnitView unit, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw InvalidInput.of("au", "La fin de la période doit suivre son début.");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw InvalidInput.of("au", "Choisissez une période de cinq ans au plus.");
        }
        return compute(unit, from, to, true);
    }

    /**
     * The figures the public sees on a network's page: its whole tree over the given months, without the stock
     * of the moment. For the current network; figures are aggregates, readable by anyone.
     */
    public Dashboard networkFigures(YearMonth from, YearMonth to) {
        OrgUnitView root = tree.root().orElseThrow(() -> new IllegalStateException("Network without an organisation"));
        return compute(root, from, to, false);
    }

    private Dashboard compute(OrgUnitView unit, YearMonth from, YearMonth to, boolean withStock) {
        long unitId = unit.id();
        LocalDate first = from.atDay(1);
        LocalDate last = to.atDay(1);
        Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
        Map<YearMonth, long[]> monthly = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            monthly.put(m, new long[2]);
        }
        // the entity's rows count its subtree; summed by the database in one pass: per key over the period, and
        // per month for the flow (a national entity has some 2,500 rows a year, 300 sums)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = persistence.tenant().createNativeQuery("select metric, key, month, sum(value) "
                        + "from exp_figure where unit_id = ?1 and month between ?2 and ?3 "
                        + "group by grouping sets ((metric, key), (metric, month))")
                .setParameter(1, unitId).setParameter(2, first).setParameter(3, last).getResultList();
        for (Object[] row : rows) {
            String metric = (String) row[0];
            long value = ((Number) row[3]).longValue();
            if (row[2] == null) { // a key's sum (its month is the one not grouped)
                sums.computeIfAbsent(metric, k -> new LinkedHashMap<>()).merge((String) row[1], value, Long::sum);
            } else if ("received".equals(metric) || "answered".equals(metric)) {
                long[] month = monthly.get(YearMonth.from(toDate(row[2])));
                if (month != null) {
                    month["received".equals(metric) ? 0 : 1] += value;
                }
            }
        }
        long received = total(sums, "received");
        long answered = total(sums, "answered");
        long waiting = withStock ? figures.open(unitId) : 0;
        int target = ExperiencesSetting.ANSWER_TARGET_DAYS.intIn(tenant.pluginSettings(ExperiencesPlugin.ID));
        Map<String, Long> useful = sums.getOrDefault("useful", Map.of());
        long ratings = useful.values().stream().mapToLong(Long::longValue).sum();
        return new Dashboard(unit, from, to, received, answered, waiting, total(sums, "escalated"),
                ratio(answered, received), delays(sums.getOrDefault("delay", Map.of()), target),
                shares(inFeelingOrder(sums.getOrDefault("feeling", Map.of())), received, false), channels(sums.getOrDefault("channel", Map.of())),
                ratings, ratio(useful.getOrDefault("true", 0L), ratings), moderation(first, last),
                top(shares(sums.getOrDefault("procedure", Map.of()), received, true), 10), monthly);
    }

    /** Positive, neutral, negative: always in that order. */
    private static Map<String, Long> inFeelingOrder(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Feeling feeling : Feeling.values()) {
            Long count = counts.get(feeling.name());
            if (count != null) {
                ordered.put(feeling.name(), count);
            }
        }
        return ordered;
    }

    /** Percentiles from the histogram of whole days (nearest rank). */
    static Delays delays(Map<String, Long> histogram, int targetDays) {
        long[] counts = new long[Figures.MAX_DELAY_DAYS + 2];
        long total = 0;
        long within = 0;
        for (Map.Entry<String, Long> e : histogram.entrySet()) {
            int day = Integer.parseInt(e.getKey());
            counts[day] += e.getValue();
            total += e.getValue();
            if (day <= targetDays) {
                within += e.getValue();
            }
        }
        if (total == 0) {
            return new Delays(null, null, null, null, 0, targetDays);
        }
        return new Delays(percentile(counts, total, 0.50), percentile(counts, total, 0.75), percentile(counts, total, 0.90),
                percentile(counts, total, 0.95), ratio(within, total), targetDays);
    }

    private static int percentile(long[] counts, long total, double p) {
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int day = 0; day < counts.length; day++) {
            seen += counts[day];
            if (seen >= rank) {
                return day;
            }
        }
        return counts.length - 1;
    }

    private List<ChannelFeelings> channels(Map<String, Long> channels) {
        Map<String, long[]> byChannel = new TreeMap<>();
        channels.forEach((key, count) -> {
            int colon = key.lastIndexOf(':');
            String channel = colon < 0 ? key : key.substring(0, colon);
            String feeling = colon < 0 ? "" : key.substring(colon + 1);
            long[] c = byChannel.computeIfAbsent(channel, k -> new long[4]);
            int slot = feeling.equals(Feeling.POSITIF.name()) ? 0 : feeling.equals(Feeling.NEUTRE.name()) ? 1
                    : feeling.equals(Feeling.NEGATIF.name()) ? 2 : 3;
            c[slot] += count;
        });
        List<ChannelFeelings> list = new ArrayList<>();
        byChannel.forEach((channel, c) -> list.add(new ChannelFeelings(channel, c[0], c[1], c[2], c[3])));
        list.sort(Comparator.comparingLong(ChannelFeelings::total).reversed());
        return list;
    }

    private List<Share> moderation(LocalDate first, LocalDate last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = persistence.tenant().createNativeQuery("select outcome, sum(value) from exp_moderation_figure "
                        + "where tenant_id = ?1 and month between ?2 and ?3 group by outcome")
                .setParameter(1, tenant.require().id()).setParameter(2, first).setParameter(3, last).getResultList();
        Map<String, Long> outcomes = new LinkedHashMap<>();
        rows.forEach(r -> outcomes.put((String) r[0], ((Number) r[1]).longValue()));
        return shares(outcomes, outcomes.values().stream().mapToLong(Long::longValue).sum(), true);
    }

    private static List<Share> shares(Map<String, Long> counts, long whole, boolean sorted) {
        List<Share> shares = new ArrayList<>();
        counts.forEach((key, count) -> shares.add(new Share(key, count, ratio(count, whole))));
        if (sorted) {
            shares.sort(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::key));
        }
        return shares;
    }

    private static List<Share> top(List<Share> shares, int n) {
        return shares.size() <= n ? shares : shares.subList(0, n);
    }

    private static long total(Map<String, Map<String, Long>> sums, String metric) {
        return sums.getOrDefault(metric, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date " + value);
    }
}
