package org.spplus.plugin.experiences.moderation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.NotFoundException;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.handling.boundary.StoryComments;
import org.spplus.plugin.experiences.moderation.boundary.ModerationDesk;
import org.spplus.plugin.experiences.story.entity.StoryComment;
import org.spplus.plugin.experiences.moderation.detection.Finding;
import org.spplus.plugin.experiences.moderation.detection.SensitiveContentDetector;
import org.spplus.plugin.experiences.moderation.detection.Segment;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.story.entity.RejectionReason;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.web.Texts;

/** A story under review: what detection found, and the four decisions. */
@Named
@ViewScoped
public class ModerationReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModerationDesk desk;

    @Inject
    TenantCatalog tenants;

    @Inject
    PageFeedback feedback;

    @Inject
    StoryComments comments;

    private String comment = "";

    private Long id;
    private transient ModerationDesk.Review review;
    private long version;
    private String title = "";
    private String body = "";
    private String message = "";
    private String reason = "";
    private boolean decided;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        reload();
        title = review.story().getTitle();
        body = review.story().getBody();
    }

    private void reload() {
        review = id == null ? null : desk.review(id).orElse(null);
        if (review == null) {
            throw new NotFoundException("Cette expérience n'existe pas.");
        }
        version = review.story().getVersion();
    }

    public String publishAsIs() {
        return decide(() -> desk.publishAsIs(id, version), "moderation.done.published");
    }

    public String publishCorrected() {
        return decide(() -> desk.publishCorrected(id, version, title, body, message), "moderation.done.corrected");
    }

    public String proposeRewrite() {
        return decide(() -> desk.proposeRewrite(id, version, title, body, message), "moderation.done.rewrite");
    }

    public String reject() {
        return decide(() -> desk.reject(id, version, reason, message), "moderation.done.rejected");
    }

    private String decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            decided = true;
            feedback.confirm(Texts.get(doneKey));
            return "/experiences/moderation/index?faces-redirect=true";
        } catch (InvalidInput problems) {
            feedback.show("decision", problems);
            return null;
        }
    }

    public void addComment() {
        try {
            comments.addFromModeration(id, comment);
            comment = "";
            Texts.confirm("comments.added");
        } catch (InvalidInput problems) {
            feedback.show("commentaires", problems);
        }
    }

    public List<StoryComment> getComments() {
        return comments.forModeration(id);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Story getStory() {
        if (review == null) {
            reload();
        }
        return review.story();
    }

    public List<Segment> getTitleSegments() {
        Story story = getStory();
        return SensitiveContentDetector.segments(story.getTitle(), review.titleFindings());
    }

    public List<Segment> getBodySegments() {
        Story story = getStory();
        return SensitiveContentDetector.segments(story.getBody(), review.bodyFindings());
    }

    public List<Finding> getFindings() {
        getStory();
        return java.util.stream.Stream.concat(review.titleFindings().stream(), review.bodyFindings().stream()).toList();
    }

    public boolean isDecided() {
        return decided;
    }

    public boolean isAwaitingDecision() {
        return getStory().getStatus().awaitsModeration();
    }

    public List<RejectionReason> getReasons() {
        return desk.rejectionReasons();
    }

    public String networkName(String tenantId) {
        return tenants.byId(tenantId).map(TenantRef::name).orElse(tenantId);
    }

    public String channelLabel(String code) {
        return ContactChannel.fromCode(code).map(c -> c.label().in(FacesContext.getCurrentInstance().getViewRoot()
                .getLocale())).orElse(code);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
