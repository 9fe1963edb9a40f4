package org.spplus.plugin.experiences.story.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.publication.PublicQueries;
import org.spplus.plugin.experiences.story.boundary.AuthorStories;
import org.spplus.plugin.experiences.story.entity.ModerationOutcome;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryEvent;
import org.spplus.plugin.experiences.story.entity.StoryStatus;
import org.spplus.plugin.experiences.web.Texts;

/**
 * An author follows their story: with the link of a mail ({@code /experiences/suivi?jeton=}) or with their
 * account ({@code /experiences/mes-experiences?id=}, which lists all of them without an id).
 */
@Named
@ViewScoped
public class AuthorStoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorStories stories;

    @Inject
    PublicQueries publicQueries;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private String key;
    private Long id;
    private AuthorStories.Access access;
    private AuthorStories.AuthorView view;
    private List<PublicQueries.PublicAnswer> answers = List.of();
    private List<Story> mine = List.of();
    private boolean invalidLink;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (key != null && !key.isBlank()) {
            access = AuthorStories.Access.byKey(key.strip());
        } else if (id != null) {
            access = AuthorStories.Access.byAccount(id);
        } else {
            mine = stories.mine();
            return;
        }
        refresh();
    }

    private void refresh() {
        view = stories.view(access).orElse(null);
        invalidLink = view == null;
        answers = view != null && view.story().getStatus() == StoryStatus.PUBLISHED
                ? publicQueries.story(view.story().getId()).map(PublicQueries.StoryPage::answers).orElse(List.of())
                : List.of();
    }

    public void confirm() {
        act(() -> stories.confirmEmail(access), "follow.confirmed");
    }

    public void acceptRewrite() {
        act(() -> stories.acceptRewrite(access), "follow.rewriteAccepted");
    }

    public void refuseRewrite() {
        act(() -> stories.refuseRewrite(access), "follow.rewriteRefused");
    }

    public void rate(long answerId, boolean useful) {
        act(() -> stories.rate(access, answerId, useful), "follow.rated");
    }

    private void act(Runnable action, String confirmationKey) {
        try {
            action.run();
            Texts.confirm(confirmationKey);
        } catch (InvalidInput problems) {
            feedback.show(null, problems);
        }
        refresh();
    }

    public boolean isInvalidLink() {
        return invalidLink;
    }

    public Story getStory() {
        return view == null ? null : view.story();
    }

    public List<StoryEvent> getEvents() {
        return view == null ? List.of() : view.events();
    }

    public List<PublicQueries.PublicAnswer> getAnswers() {
        return answers;
    }

    public List<Story> getMine() {
        return mine;
    }

    public boolean isSignedIn() {
        return user.get().isPresent();
    }

    public boolean isListing() {
        return access == null;
    }

    /** Whether the published text differs from what the author wrote (light corrections or rewrite). */
    public boolean isCorrected() {
        Story story = getStory();
        return story != null && story.getStatus() == StoryStatus.PUBLISHED
                && story.getModerationOutcome() != ModerationOutcome.AS_IS;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
