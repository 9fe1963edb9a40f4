package org.spplus.plugin.experiences.handling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.ExperiencesSetting;
import org.spplus.plugin.experiences.handling.GeneralTag;
import org.spplus.plugin.experiences.handling.Qualification;
import org.spplus.plugin.experiences.handling.control.CaseAccess;
import org.spplus.plugin.experiences.handling.control.CaseFilter;
import org.spplus.plugin.experiences.handling.control.CaseRouting;
import org.spplus.plugin.experiences.handling.entity.Answer;
import org.spplus.plugin.experiences.handling.entity.CaseStatus;
import org.spplus.plugin.experiences.handling.entity.Routing;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.story.entity.Story;

/**
 * A network's inboxes (bannettes), as its agents and managers see them: the cases of their entities and of
 * everything below, with their deadlines; claiming a case, moving it down the tree or up to the parent
 * entity, transferring it to another network. Every move is recorded with its reason and audited.
 */
@ApplicationScoped
@Transactional
public class Inbox {

    /** How a case stands against the network's answer target. */
    public enum Deadline {
        ON_TIME("Dans les délais"), NEARING("Échéance proche"), LATE("En retard"), DONE("Traitée");

        private final String label;

        Deadline(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A line of the inbox. */
    public record Row(long caseId, long storyId, String title, String unitName, CaseStatus status,
                      OffsetDateTime receivedAt, OffsetDateTime dueAt, Deadline deadline, boolean claimedByMe) {
    }

    /**
     * What the inbox shows.
     *
     * @param statuses the statuses to show (all when empty)
     * @param text     words of the title or the text (empty for all)
     * @param lateOnly only cases past their deadline
     */
    public record Filter(Set<CaseStatus> statuses, String text, boolean lateOnly) implements java.io.Serializable {
    }

    /** A case opened by an agent, with everything needed to handle it. */
    public record CaseView(StoryCase storyCase, Story story, OrgUnitView unit, Answer answer, List<Routing> routings,
                           Map<Long, String> unitNames, Deadline deadline) {
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
    TenantCatalog tenants;

    @Inject
    CaseRouting routing;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<Row> list(Filter filter, int limit) {
        Set<Long> units = access.handledUnits();
        if (units.isEmpty()) {
            return List.of();
        }
        EntityManager em = persistence.tenant();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> rows = CaseFilter.query(em, units, filter.statuses(), filter.text(), filter.lateOnly(), now, null,
                "c.dueAt, c.id").setMaxResults(limit).getResultList();
        Map<Long, String> names = unitNames(rows.stream().map(r -> ((StoryCase) r[0]).getUnitId()).toList());
        long me = access.accountId();
        int warning = warningDays();
        List<Row> result = new ArrayList<>();
        for (Object[] row : rows) {
            StoryCase c = (StoryCase) row[0];
            result.add(new Row(c.getId(), c.getStoryId(), ((Story) row[1]).getPublishedTitle(), names.get(c.getUnitId()), c.getStatus(),
                    c.getReceivedAt(), c.getDueAt(), deadline(c, now, warning),
                    Long.valueOf(me).equals(c.getClaimedBy())));
        }
        return result;
    }

    public CaseView open(long caseId) {
        StoryCase storyCase = access.requireCase(caseId, false);
        EntityManager em = persistence.tenant();
        Story story = em.find(Story.class, storyCase.getStoryId());
        Answer answer = em.createQuery("select a from Answer a where a.caseId = :case", Answer.class)
                .setParameter("case", caseId).getResultStream().findFirst().orElse(null);
        List<Routing> routings = em.createQuery("select r from Routing r where r.caseId = :case order by r.occurredAt, r.id",
                Routing.class).setParameter("case", caseId).getResultList();
        List<Long> ids = new ArrayList<>();
        routings.forEach(r -> {
            ids.add(r.getFromUnitId());
            ids.add(r.getToUnitId());
        });
        ids.add(storyCase.getUnitId());
        return new CaseView(storyCase, story, tree.find(storyCase.getUnitId()).orElseThrow(), answer, routings,
                unitNames(ids), deadline(storyCase, OffsetDateTime.now(clock), warningDays()));
    }

    /** The entities below the case's one, where it may be moved down. */
    public List<OrgUnitView> entitiesBelow(long caseId) {
        StoryCase storyCase = access.requireCase(caseId, false);
        java.util.Set<Long> below = new java.util.HashSet<>(tree.subtreeIds(storyCase.getUnitId()));
        below.remove(storyCase.getUnitId());
        return tree.wholeTree().stream().filter(unit -> below.contains(unit.id())).filter(OrgUnitView::open)
                .sorted(java.util.Comparator.comparing(OrgUnitView::depth).thenComparing(OrgUnitView::name)).toList();
    }

    /** The other networks the case may be transferred to. */
    public List<org.spplus.platform.api.tenant.TenantRef> otherNetworks() {
        String me = tenant.require().id();
        return tenants.enabling(ExperiencesPlugin.ID).stream().filter(t -> !t.id().equals(me)).toList();
    }

    public void claim(long caseId) {
        StoryCase storyCase = access.requireCase(caseId, true);
        CaseRouting.requireOpen(storyCase);
        storyCase.claim(access.accountId(), OffsetDateTime.now(clock));
        audit.record("experiences.case.claimed", "case", String.valueOf(caseId));
    }

    /** The network's business tags (its setting). */
    public List<String> businessTags() {
        return ExperiencesSetting.BUSINESS_TAGS.listIn(tenant.pluginSettings(ExperiencesPlugin.ID));
    }

    /** Records the agent's qualification of the case (tags, channels, improvement to consider). */
    public void qualify(long caseId, Qualification qualification) {
        StoryCase storyCase = access.requireCase(caseId, true);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<String> business = businessTags();
        for (String tag : qualification.tags().keySet()) {
            if (GeneralTag.fromCode(tag).isEmpty() && !business.contains(tag)) {
                problems.add("etiquettes", "Une étiquette choisie n'existe plus pour ce réseau : rechargez la page.");
            }
        }
        for (String channel : qualification.channels().keySet()) {
            if (ContactChannel.fromCode(channel).isEmpty()) {
                problems.add("canaux", "Un moyen de contact choisi est inconnu.");
            }
        }
        String note = Inputs.trimmed(qualification.improvementNote());
        if (note.length() > 2000) {
            problems.add("amelioration", "Ce champ ne peut pas dépasser 2000 caractères (" + note.length() + " actuellement).");
        }
        problems.throwIfAny();
        storyCase.qualify(Qualification.write(qualification.tags()), Qualification.write(qualification.channels()),
                note.isEmpty() ? null : note, OffsetDateTime.now(clock));
        audit.record("experiences.case.qualified", "case", String.valueOf(caseId),
                Map.of("etiquettes", qualification.tags().size(), "canaux", qualification.channels().size()));
    }

    /** Moves the case to an entity below its current one (the inbox that should answer). */
    public void moveDown(long caseId, long unitId, String reason) {
        StoryCase storyCase = access.requireCase(caseId, true);
        CaseRouting.requireOpen(storyCase);
        CaseRouting.reason(reason);
        if (tree.find(unitId).isEmpty() || unitId == storyCase.getUnitId()
                || !tree.isInSubtree(unitId, storyCase.getUnitId())) {
            throw InvalidInput.of("entite", "Choisissez une entité ouverte placée sous « "
                    + tree.find(storyCase.getUnitId()).map(OrgUnitView::name).orElse("") + " ».");
        }
        routing.move(storyCase, unitId, reason, access.actorName());
    }

    /** Sends the case up to the parent entity (N+1). */
    public void moveUp(long caseId, String reason) {
        StoryCase storyCase = access.requireCase(caseId, true);
        CaseRouting.requireOpen(storyCase);
        CaseRouting.reason(reason);
        routing.moveUp(storyCase, reason, access.actorName());
    }

    /** Transfers the case to another network, which receives it in its national inbox. */
    public void transfer(long caseId, String tenantId, String reason) {
        routing.transfer(access.requireCase(caseId, true), tenantId, reason, access.actorName(), false);
    }

    Deadline deadline(StoryCase c, OffsetDateTime now, int warningDays) {
        if (!c.getStatus().isOpen()) {
            return Deadline.DONE;
        }
        if (now.isAfter(c.getDueAt())) {
            return Deadline.LATE;
        }
        return now.plusDays(warningDays).isAfter(c.getDueAt()) ? Deadline.NEARING : Deadline.ON_TIME;
    }

    private int warningDays() {
        return ExperiencesSetting.ANSWER_WARNING_DAYS.intIn(tenant.pluginSettings(ExperiencesPlugin.ID));
    }

    private Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            if (id != null && !names.containsKey(id)) {
                tree.find(id).ifPresent(u -> names.put(id, u.name()));
            }
        }
        return names;
    }
}
