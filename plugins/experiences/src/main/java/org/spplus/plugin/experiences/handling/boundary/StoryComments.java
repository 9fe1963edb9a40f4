package org.spplus.plugin.experiences.handling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.plugin.experiences.moderation.control.ModeratorCheck;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.handling.control.CaseAccess;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryComment;

/**
 * Internal comments on a story: written by the agents of a concerned entity (from their case) or by the
 * moderators, read by all of them, whichever network they belong to; never public.
 */
@ApplicationScoped
@Transactional
public class StoryComments {

    public static final int BODY_MAX = 4000;

    @Inject
    Persistence persistence;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ModeratorCheck moderators;

    @Inject
    CurrentTenant tenant;

    @Inject
    OrganisationTree tree;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The comments on the story of a case the agent handles. */
    public List<StoryComment> ofCase(long caseId) {
        StoryCase storyCase = access.requireCase(caseId, false);
        return of(storyCase.getStoryId());
    }

    /** The comments on a story, for the moderators. */
    public List<StoryComment> forModeration(long storyId) {
        moderators.require();
        return of(storyId);
    }

    public void addFromCase(long caseId, String body) {
        StoryCase storyCase = access.requireCase(caseId, false);
        String text = check(body);
        String unit = tree.find(storyCase.getUnitId()).map(u -> u.name()).orElse("");
        persist(new StoryComment(storyCase.getStoryId(), tenant.require().id(), tenant.require().shortName() + " – " + unit,
                user.get().orElseThrow().displayName(), text, OffsetDateTime.now(clock)));
    }

    public void addFromModeration(long storyId, String body) {
        moderators.require();
        String text = check(body);
        if (persistence.platform().find(Story.class, storyId) == null) {
            throw InvalidInput.of("", "Cette expérience n'existe pas.");
        }
        persist(new StoryComment(storyId, null, "Modération Services Publics+", user.get().orElseThrow().displayName(),
                text, OffsetDateTime.now(clock)));
    }

    private void persist(StoryComment comment) {
        persistence.platform().persist(comment);
        persistence.platform().flush();
        audit.record("experiences.comment.added", "story", comment.getStoryId().toString(), Map.of("commentaire", comment.getId()));
    }

    private List<StoryComment> of(long storyId) {
        return persistence.platform().createQuery("select c from StoryComment c where c.storyId = :story "
                + "order by c.createdAt, c.id", StoryComment.class).setParameter("story", storyId).getResultList();
    }

    private static String check(String body) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String text = Inputs.requiredText(problems, "commentaire-interne", body, BODY_MAX, "le texte du commentaire");
        problems.throwIfAny();
        return text;
    }

}
