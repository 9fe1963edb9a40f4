package org.spplus.plugin.experiences.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.web.PublicLinks;
import org.spplus.plugin.experiences.story.entity.Story;

/** Tells the moderators that a story waits for them (each as they chose: at once or in the daily digest). */
@ApplicationScoped
public class ModeratorNotices {

    @Inject
    PeopleDirectory people;

    @Inject
    StaffNotices staff;

    @Inject
    PublicLinks links;

    public void awaitsModeration(Story story) {
        String link = links.absolute("/experiences/moderation/experience?id=" + story.getId());
        for (Person moderator : people.withPlatformRole(Roles.MODERATOR)) {
            staff.tell(moderator, "moderation", story.getTitle(), link);
        }
    }
}
