package org.spplus.plugin.experiences.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.persistence.PublicReads;

/**
 * The public queries on published stories: lists by keyset pages (newest first), filters, French full-text
 * search, a story with its answers. Plain SQL on the public read model, outside any transaction (see
 * {@link PublicReads}): every list is an index range scan, so a page costs the same at ten thousand and at a
 * million stories.
 */
@ApplicationScoped
public class PublicQueries {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * The filters of the public list; null or empty means "any".
     *
     * @param answered true: answered only; false: not answered yet
     */
    /**
     * What a public list shows: stories of a network, of services (the ids of an entity and of everything below
     * it, chosen by the author; empty for any), of a département, with a feeling, a channel, a procedure, answered
     * or not, published between two days, matching a French full-text search. Nulls filter nothing.
     */
    public record Filter(String network, List<Long> units, String departement, String feeling, String channel,
                         String procedure, Boolean answered, LocalDate from, LocalDate to, String text)
            implements java.io.Serializable {

        public Filter {
            units = units == null ? List.of() : List.copyOf(units);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** Where the next page starts: after this story in publication order. */
    public record Cursor(OffsetDateTime publishedAt, long storyId) implements java.io.Serializable {

        /** Where the next page starts after this row. */
        public static Cursor after(Row last) {
            return new Cursor(last.publishedAt(), last.id());
        }

        public String token() {
            return publishedAt.toInstant().toEpochMilli() + "_" + storyId;
        }

        public static Optional<Cursor> parse(String token) {
            if (token == null || !token.matches("\\d{1,15}_\\d{1,18}")) {
                return Optional.empty();
            }
            String[] parts = token.split("_");
            return Optional.of(new Cursor(OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(
                    Long.parseLong(parts[0])), PARIS), Long.parseLong(parts[1])));
        }
    }

    /** A published story in a list. */
    public record Row(long id, String title, String excerpt, String feeling, String departement,
                      OffsetDateTime publishedAt, int answerCount, List<String> networks, int similarCount) {
    }

    /** A page of a list, and where the next one starts (empty at the end). */
    public record Page(List<Row> rows, Optional<Cursor> next) {
    }

    /** A published answer, as the public reads it. */
    public record PublicAnswer(long id, String unitName, String networkName, String body, String courtesy,
                               String signature, OffsetDateTime publishedAt, Boolean useful) {
    }

    /** A published story with its answers and improvement actions. */
    public record StoryPage(Row story, String body, String authorLabel, String authorKind, List<String> channels,
                            List<String> procedures, OffsetDateTime writtenAt, List<PublicAnswer> answers,
                            List<PublicAction> actions) {
    }

    /** A published improvement action. */
    public record PublicAction(long id, long storyId, String storyTitle, String unitName, String networkName,
                               String description, String status, LocalDate actionDate, OffsetDateTime publishedAt) {
    }

    @Inject
    PublicReads reads;

    public Page list(Filter filter, Optional<Cursor> after, int size) {
        List<Row> rows = select(LIST_COLUMNS, filter, after, size + 1, PublicQueries::row);
        Optional<Cursor> next = Optional.empty();
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Row last = rows.get(size - 1);
            next = Optional.of(Cursor.after(last));
        }
        return new Page(List.copyOf(rows), next);
    }

    /** A published story with everything the open data gives of it. */
    public record FullRow(Row row, String body, OffsetDateTime writtenAt, OffsetDateTime firstAnswerAt,
                          List<String> channels, List<String> procedures) {
    }

    /** Like {@link #list}, with the whole text, the dates and the lists (open data); at most {@code size} rows. */
    public List<FullRow> fullList(Filter filter, Optional<Cursor> after, int size) {
        return select(LIST_COLUMNS + ", s.body, s.written_at, s.first_answer_at, array_to_string(s.channels, ','), "
                + "array_to_string(s.procedures, ',')", filter, after, size, r -> new FullRow(row(r), (String) r[9],
                time(r[10]), time(r[11]), split(r[12]), split(r[13])));
    }

    private static final String LIST_COLUMNS = "select s.story_id, s.title, left(s.body, 240), s.feeling, "
            + "s.departement_code, s.published_at, s.answer_count, array_to_string(s.tenant_ids, ','), s.similar_count";

    /** The one place where filters, keyset and order of the public lists are written. */
    private <T> List<T> select(String columns, Filter filter, Optional<Cursor> after, int limit,
                               java.util.function.Function<Object[], T> mapper) {
        StringBuilder sql = new StringBuilder(columns).append(" from exp_public_story s");
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String order = "s.published_at desc, s.story_id desc";
        if (notBlank(filter.network())) {
            sql.append(" join exp_public_story_network n on n.story_id = s.story_id and n.tenant_id = ?");
            params.add(filter.network());
            order = "n.published_at desc, n.story_id desc";
        }
        if (!filter.units().isEmpty()) {
            where.add("s.unit_ids && cast(? as bigint[])");
            params.add(filter.units().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")));
        }
        if (notBlank(filter.departement())) {
            where.add("s.departement_code = ?");
            params.add(filter.departement());
        }
        if (notBlank(filter.feeling())) {
            where.add("s.feeling = ?");
            params.add(filter.feeling());
        }
        if (notBlank(filter.channel())) {
            where.add("s.channels @> array[cast(? as varchar)]"); // "?]" would be taken apart by EclipseLink
            params.add(filter.channel());
        }
        if (notBlank(filter.procedure())) {
            where.add("s.procedures @> array[cast(? as varchar)]");
            params.add(filter.procedure());
        }
        if (filter.answered() != null) {
            where.add(filter.answered() ? "s.first_answer_at is not null" : "s.first_answer_at is null");
        }
        if (filter.from() != null) {
            where.add("s.published_at >= ?");
            params.add(filter.from().atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("s.published_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (notBlank(filter.text())) {
            where.add("s.search @@ websearch_to_tsquery('exp_french', ?)");
            params.add(filter.text().strip());
        }
        if (after.isPresent()) {
            String column = notBlank(filter.network()) ? "n" : "s";
            where.add("(" + column + ".published_at, " + column + ".story_id) < (?, ?)");
            params.add(after.get().publishedAt());
            params.add(after.get().storyId());
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        sql.append(" order by ").append(order).append(" limit ").append(limit);
        List<T> rows = new ArrayList<>();
        // planned for its values: a rare word, network or procedure through its index, a common one by walking the
        // newest stories
        for (Object[] r : reads.rowsPlannedForValues(sql.toString(), params)) {
            rows.add(mapper.apply(r));
        }
        return rows;
    }

    /** Answers of several published stories (for open-data pages), by story, in publication order. */
    public java.util.Map<Long, List<PublicAnswer>> answersOf(java.util.Collection<Long> storyIds) {
        java.util.Map<Long, List<PublicAnswer>> byStory = new java.util.HashMap<>();
        if (storyIds.isEmpty()) {
            return byStory;
        }
        String ids = "{" + String.join(",", storyIds.stream().map(String::valueOf).toList()) + "}";
        for (Object[] a : reads.rows(ANSWERS + " where story_id = any (cast(? as bigint[])) order by published_at, id",
                List.of(ids))) {
            byStory.computeIfAbsent(((Number) a[8]).longValue(), k -> new ArrayList<>()).add(answer(a));
        }
        return byStory;
    }

    public Optional<StoryPage> story(long storyId) {
        return reads.read(reader -> {
            List<Object[]> found = reader.rows("select s.story_id, s.title, left(s.body, 240), s.feeling, "
                    + "s.departement_code, s.published_at, s.answer_count, array_to_string(s.tenant_ids, ','), "
                    + "s.similar_count, s.body, s.author_label, s.author_kind, array_to_string(s.channels, ','), "
                    + "array_to_string(s.procedures, ','), s.written_at from exp_public_story s where s.story_id = ?",
                    List.of(storyId));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Object[] r = found.get(0);
            List<PublicAnswer> answers = new ArrayList<>();
            for (Object[] a : reader.rows(ANSWERS + " where story_id = ? order by published_at, id", List.of(storyId))) {
                answers.add(answer(a));
            }
            List<PublicAction> actions = actions(reader.rows(ACTIONS + " where a.story_id = ? order by a.published_at, a.id",
                    List.of(storyId)));
            return Optional.of(new StoryPage(row(r), (String) r[9], (String) r[10], (String) r[11], split(r[12]),
                    split(r[13]), time(r[14]), answers, actions));
        });
    }

    /** The latest published improvement actions, of one network or of all. */
    public List<PublicAction> latestActions(String network, int limit) {
        return network == null || network.isBlank()
                ? actions(reads.rows(ACTIONS + " order by a.published_at desc, a.id desc limit " + limit, List.of()))
                : actions(reads.rows(ACTIONS + " where a.tenant_id = ? order by a.published_at desc, a.id desc limit "
                + limit, List.of(network)));
    }

    private static final String ACTIONS = "select a.id, a.story_id, s.title, a.unit_name, a.network_name, "
            + "a.description, a.status, a.action_date, a.published_at from exp_public_action a "
            + "join exp_public_story s on s.story_id = a.story_id";

    private static List<PublicAction> actions(List<Object[]> rows) {
        List<PublicAction> actions = new ArrayList<>();
        for (Object[] a : rows) {
            actions.add(new PublicAction(((Number) a[0]).longValue(), ((Number) a[1]).longValue(), (String) a[2],
                    (String) a[3], (String) a[4], (String) a[5], (String) a[6], date(a[7]), time(a[8])));
        }
        return actions;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date value " + value.getClass());
    }

    private static final String ANSWERS = "select id, unit_name, network_name, body, courtesy, signature, published_at, "
            + "useful, story_id from exp_public_answer";

    /** An answer from the columns of {@link #ANSWERS}. */
    private static PublicAnswer answer(Object[] a) {
        return new PublicAnswer(((Number) a[0]).longValue(), (String) a[1], (String) a[2], (String) a[3], (String) a[4],
                (String) a[5], time(a[6]), (Boolean) a[7]);
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                time(r[5]), ((Number) r[6]).intValue(), split(r[7]), ((Number) r[8]).intValue());
    }

    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atZone(PARIS).toOffsetDateTime();
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atZone(PARIS).toOffsetDateTime();
        }
        throw new IllegalStateException("Unexpected time value " + value.getClass());
    }

    private static List<String> split(Object value) {
        return value == null || value.toString().isEmpty() ? List.of() : Arrays.asList(value.toString().split(","));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
