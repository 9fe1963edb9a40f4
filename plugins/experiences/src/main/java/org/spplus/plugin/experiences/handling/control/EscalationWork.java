package org.spplus.plugin.experiences.handling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.ExperiencesSetting;
import org.spplus.plugin.experiences.handling.entity.CaseStatus;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.notification.ExperienceMails;
import org.spplus.plugin.experiences.story.entity.Story;

/** The escalation pass of the current network, in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EscalationWork {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Persistence persistence;

    @Inject
    OrganisationTree tree;

    @Inject
    PeopleDirectory people;

    @Inject
    CurrentTenant tenant;

    @Inject
    ExperienceMails mails;

    @Inject
    AuditLog audit;

    @Inject
    org.spplus.plugin.experiences.dashboard.control.Figures figures;

    @Inject
    Clock clock;

    public int escalateDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<StoryCase> due = persistence.tenant().createQuery("select c from StoryCase c where c.status in :open "
                        + "and c.dueAt < :now and c.escalatedAt is null order by c.dueAt", StoryCase.class)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_VALIDATION))
                .setParameter("now", now).setMaxResults(1000).getResultList();
        int days = ExperiencesSetting.ANSWER_TARGET_DAYS.intIn(tenant.pluginSettings(ExperiencesPlugin.ID));
        for (StoryCase storyCase : due) {
            OrgUnitView unit = tree.find(storyCase.getUnitId()).orElseThrow();
            long above = unit.parentId() == null ? unit.id() : tree.inboxHolder(unit.parentId()).id();
            Story story = persistence.tenant().find(Story.class, storyCase.getStoryId());
            List<Person> managers = people.agentsCovering(above, Roles.MANAGER);
            for (Person manager : managers) {
                mails.sendBackOffice(manager.email(), "escalation", tenant.require().shortName(), tenant.require().id(),
                        "/experiences/cas?id=" + storyCase.getId(), story.getPublishedTitle(), days, unit.name(),
                        DAY.format(storyCase.getDueAt().atZoneSameInstant(clock.getZone())));
            }
            storyCase.escalated(now);
            figures.escalated(storyCase);
            audit.record("experiences.case.escalated", "case", storyCase.getId().toString(),
                    Map.of("bannette", unit.code(), "responsablesAlertes", managers.size()));
        }
        return due.size();
    }
}
