package org.spplus.plugin.experiences.handling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.web.PublicLinks;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.ExperiencesSetting;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.notification.StaffNotices;
import org.spplus.plugin.experiences.story.entity.Story;

/**
 * Tells the agents of an inbox that a case arrived there, whichever way it came (a delivery, a move in the
 * tree, a transfer), in the current network's transaction.
 */
@ApplicationScoped
public class InboxArrivals {

    @Inject
    Persistence persistence;

    @Inject
    CurrentTenant tenant;

    @Inject
    PeopleDirectory people;

    @Inject
    StaffNotices staff;

    @Inject
    PublicLinks links;

    /** The network's answer target, in days (its setting). */
    public int answerTargetDays() {
        return ExperiencesSetting.ANSWER_TARGET_DAYS.intIn(tenant.pluginSettings(ExperiencesPlugin.ID));
    }

    /** Mails (or queues for their digest) every agent covering the inbox. */
    public void tell(StoryCase storyCase, OrgUnitView inbox) {
        Story story = persistence.tenant().find(Story.class, storyCase.getStoryId());
        String network = tenant.require().shortName();
        String link = links.backOffice(tenant.require().id(), "/experiences/cas?id=" + storyCase.getId());
        for (Person agent : people.agentsCovering(inbox.id(), Roles.AGENT)) {
            staff.tell(agent, "inbox", network, link, inbox.name(), story.getPublishedTitle(),
                    answerTargetDays() + " jours");
        }
    }
}
