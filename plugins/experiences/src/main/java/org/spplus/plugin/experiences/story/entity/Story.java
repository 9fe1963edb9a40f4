package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;

/**
 * A citizen's story as written, and its moderation. Platform-wide: moderators are a third party to every
 * network, and one story may concern several networks. Its author is an account, or an e-mail address
 * confirmed by a link; neither is ever published.
 */
@Entity
@Table(name = "exp_story")
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_story_seq")
    @SequenceGenerator(name = "exp_story_seq", sequenceName = "exp_story_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StoryStatus status;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false)
    private AuthorKind authorKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Feeling feeling;

    @Column(name = "departement_code")
    private String departementCode;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @Column(name = "author_email")
    private String authorEmail;

    @Column(name = "email_confirmed_at")
    private OffsetDateTime emailConfirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_outcome")
    private ModerationOutcome moderationOutcome;

    @Column(name = "proposed_title")
    private String proposedTitle;

    @Column(name = "proposed_body")
    private String proposedBody;

    @Column(name = "published_title")
    private String publishedTitle;

    @Column(name = "published_body")
    private String publishedBody;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "moderator_message")
    private String moderatorMessage;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;

    @Column(nullable = false)
    private String origin = "portail";

    @Column(name = "origin_procedure")
    private String originProcedure;

    @Column(name = "submission_key", nullable = false)
    private String submissionKey;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exp_story_target", joinColumns = @JoinColumn(name = "story_id"))
    private List<StoryTarget> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exp_story_channel", joinColumns = @JoinColumn(name = "story_id"))
    private List<ChannelFeeling> channels = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exp_story_procedure", joinColumns = @JoinColumn(name = "story_id"))
    private List<StoryProcedure> procedures = new ArrayList<>();

    protected Story() {
    }

    /** A story as submitted; it waits for moderation, or for its author's e-mail confirmation. */
    public Story(StoryContent content, String submissionKey, OffsetDateTime now) {
        this.title = content.title();
        this.body = content.body();
        this.authorKind = content.authorKind();
        this.feeling = content.feeling();
        this.departementCode = content.departementCode();
        this.postalCode = content.postalCode();
        this.targets = new ArrayList<>(content.targets());
        this.channels = new ArrayList<>(content.channels());
        this.procedures = new ArrayList<>(content.procedures());
        this.origin = content.origin() == null ? "portail" : content.origin();
        this.originProcedure = content.originProcedure();
        this.submissionKey = submissionKey;
        this.submittedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = StoryStatus.SUBMITTED;
    }

    /** Attaches the story to the account that told it. */
    public void byAccount(long accountId) {
        this.authorAccountId = accountId;
    }

    /** Attaches the story to an e-mail address that must be confirmed before moderation. */
    public void byEmail(String email) {
        this.authorEmail = email;
        this.status = StoryStatus.AWAITING_EMAIL;
    }

    /** The author followed the link of the confirmation mail: the story goes to the moderators. */
    public boolean confirmEmail(OffsetDateTime now) {
        if (status != StoryStatus.AWAITING_EMAIL) {
            return false;
        }
        this.emailConfirmedAt = now;
        this.status = StoryStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        return true;
    }

    public void publish(ModerationOutcome outcome, String title, String body, long moderatorId, String message,
                        OffsetDateTime now) {
        requireStatus(StoryStatus.SUBMITTED, StoryStatus.REWRITE_PROPOSED);
        this.moderationOutcome = outcome;
        this.publishedTitle = title;
        this.publishedBody = body;
        this.moderatorMessage = message;
        if (outcome != ModerationOutcome.REWRITE) {
            this.moderatedBy = moderatorId;
            this.moderatedAt = now;
        }
        this.publishedAt = now;
        this.status = StoryStatus.PUBLISHED;
        this.updatedAt = now;
    }

    public void proposeRewrite(String title, String body, long moderatorId, String message, OffsetDateTime now) {
        requireStatus(StoryStatus.SUBMITTED);
        this.proposedTitle = title;
        this.proposedBody = body;
        this.moderatorMessage = message;
        this.moderatedBy = moderatorId;
        this.moderatedAt = now;
        this.status = StoryStatus.REWRITE_PROPOSED;
        this.updatedAt = now;
    }

    /** The author accepted the rewrite: it is published as proposed. */
    public void acceptRewrite(OffsetDateTime now) {
        requireStatus(StoryStatus.REWRITE_PROPOSED);
        publish(ModerationOutcome.REWRITE, proposedTitle, proposedBody, moderatedBy, moderatorMessage, now);
    }

    /** The author refused the rewrite: the story is not published. */
    public void refuseRewrite(OffsetDateTime now) {
        requireStatus(StoryStatus.REWRITE_PROPOSED);
        this.status = StoryStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    public void reject(String reasonCode, long moderatorId, String message, OffsetDateTime now) {
        requireStatus(StoryStatus.SUBMITTED);
        this.moderationOutcome = ModerationOutcome.REJECTED;
        this.rejectionReason = reasonCode;
        this.moderatorMessage = message;
        this.moderatedBy = moderatorId;
        this.moderatedAt = now;
        this.status = StoryStatus.REJECTED;
        this.updatedAt = now;
    }

    /** Forgets who wrote the story (account erasure): what was published stays, pseudonymised. */
    public void forgetAuthor() {
        this.authorAccountId = null;
        this.authorEmail = null;
        this.postalCode = null;
        if (status == StoryStatus.AWAITING_EMAIL || status == StoryStatus.SUBMITTED
                || status == StoryStatus.REWRITE_PROPOSED) {
            this.status = StoryStatus.WITHDRAWN;
        }
    }

    private void requireStatus(StoryStatus... allowed) {
        for (StoryStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new StoryStateException(status);
    }

    public Long getId() {
        return id;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public Feeling getFeeling() {
        return feeling;
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public OffsetDateTime getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public ModerationOutcome getModerationOutcome() {
        return moderationOutcome;
    }

    public String getProposedTitle() {
        return proposedTitle;
    }

    public String getProposedBody() {
        return proposedBody;
    }

    public String getPublishedTitle() {
        return publishedTitle;
    }

    public String getPublishedBody() {
        return publishedBody;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getModeratorMessage() {
        return moderatorMessage;
    }

    public OffsetDateTime getModeratedAt() {
        return moderatedAt;
    }

    public String getOrigin() {
        return origin;
    }

    public String getOriginProcedure() {
        return originProcedure;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<StoryTarget> getTargets() {
        return List.copyOf(targets);
    }

    public List<ChannelFeeling> getChannels() {
        return List.copyOf(channels);
    }

    public List<StoryProcedure> getProcedures() {
        return List.copyOf(procedures);
    }
}
