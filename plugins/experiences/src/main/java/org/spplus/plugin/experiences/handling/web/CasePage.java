package org.spplus.plugin.experiences.handling.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.handling.boundary.Answers;
import org.spplus.plugin.experiences.handling.GeneralTag;
import org.spplus.plugin.experiences.handling.Qualification;
import org.spplus.plugin.experiences.handling.boundary.ImprovementActions;
import org.spplus.plugin.experiences.handling.boundary.StoryComments;
import org.spplus.plugin.experiences.story.entity.StoryComment;
import org.spplus.plugin.experiences.handling.boundary.Inbox;
import org.spplus.plugin.experiences.handling.entity.ActionStatus;
import org.spplus.plugin.experiences.handling.entity.ImprovementAction;
import org.spplus.plugin.experiences.handling.entity.Answer;
import org.spplus.plugin.experiences.handling.entity.AnswerState;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.template.boundary.AnswerTemplates;
import org.spplus.plugin.experiences.template.entity.AnswerTemplate;
import org.spplus.plugin.experiences.web.Texts;

/** A case opened by an agent: the story, the answer being written or validated, and its routing. */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    Answers answers;

    @Inject
    ImprovementActions actions;

    @Inject
    StoryComments comments;

    @Inject
    CurrentUser user;

    @Inject
    AnswerTemplates templates;

    @Inject
    PageFeedback feedback;

    private Long id;
    private transient Inbox.CaseView view;
    private long answerVersion = -1;
    private String body = "";
    private String courtesy = "";
    private String signature = "";
    private String answerStatus = "";
    private String reviewComment = "";
    private Long moveTarget;
    private String moveReason = "";
    private String transferNetwork = "";
    private String actionDescription = "";
    private String actionStatus = "PLANNED";
    private java.time.LocalDate actionDate;
    private String actionComment = "";
    private transient List<ImprovementAction> caseActions;
    private final java.util.Map<String, String> tagFeelings = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> channelFeelings = new java.util.LinkedHashMap<>();
    private String improvementNote = "";
    private String comment = "";
    private transient List<OrgUnitView> entitiesBelow;
    private transient List<TenantRef> otherNetworks;
    private transient List<StoryComment> storyComments;
    private Long templateId;
    private transient List<AnswerTemplate> answerTemplates;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        refresh(true);
    }

    private void refresh(boolean withDraft) {
        view = inbox.open(id);
        entitiesBelow = null;
        otherNetworks = null;
        storyComments = null;
        Answer answer = view.answer();
        answerVersion = answer == null ? -1 : answer.getVersion();
        if (withDraft) {
            tagFeelings.clear();
            Qualification.read(view.storyCase().getTags()).forEach((k, v) -> tagFeelings.put(k, v.code()));
            channelFeelings.clear();
            Qualification.read(view.storyCase().getChannels()).forEach((k, v) -> channelFeelings.put(k, v.code()));
            improvementNote = view.storyCase().getImprovementNote() == null ? "" : view.storyCase().getImprovementNote();
        }
        if (withDraft && answer != null) {
            body = answer.getBody();
            courtesy = nullToEmpty(answer.getCourtesy());
            signature = nullToEmpty(answer.getSignature());
            answerStatus = nullToEmpty(answer.getAnswerStatus());
        }
    }

    /** Appends the chosen template to the answer being written (nothing typed is lost; nothing is saved yet). */
    public void insertTemplate() {
        try {
            body = templates.insert(templateId, body);
            Texts.confirm("case.templateInserted");
        } catch (InvalidInput problems) {
            feedback.show("reponse-form", problems);
        }
    }

    public List<AnswerTemplate> getAnswerTemplates() {
        if (answerTemplates == null) {
            answerTemplates = templates.forAgents();
        }
        return answerTemplates;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public void claim() {
        act(() -> inbox.claim(id), "case.done.claimed");
    }

    public void save() {
        act(() -> answers.save(id, answerVersion, draft()), "case.done.saved");
    }

    public void submit() {
        act(() -> {
            AnswerState state = answers.submit(id, answerVersion, draft());
            if (state == AnswerState.PUBLISHED) {
                Texts.confirm("case.done.published");
            }
        }, "case.done.submitted");
    }

    public void approve() {
        act(() -> answers.approve(id, answerVersion, draft()), "case.done.published");
    }

    public void sendBack() {
        act(() -> answers.sendBack(id, answerVersion, reviewComment), "case.done.returned");
    }

    public String moveDown() {
        return route(() -> inbox.moveDown(id, moveTarget == null ? -1 : moveTarget, moveReason), "case.done.moved");
    }

    public String moveUp() {
        return route(() -> inbox.moveUp(id, moveReason), "case.done.moved");
    }

    public String transfer() {
        return route(() -> inbox.transfer(id, transferNetwork, moveReason), "case.done.transferred");
    }

    /** After a move the case may be out of the agent's inboxes: back to the inbox. */
    private String route(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.confirm(Texts.get(doneKey));
            return "/experiences/backoffice/index?faces-redirect=true";
        } catch (InvalidInput problems) {
            feedback.show("orientation", problems);
            return null;
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            if (FacesContext.getCurrentInstance().getMessageList(null).isEmpty()) {
                Texts.confirm(doneKey);
            }
            refresh(false);
        } catch (InvalidInput problems) {
            feedback.show("reponse-form", problems);
        }
    }

    public void qualify() {
        try {
            inbox.qualify(id, new Qualification(chosen(tagFeelings), chosen(channelFeelings), improvementNote));
            Texts.confirm("case.qualification.saved");
            refresh(false);
        } catch (InvalidInput problems) {
            feedback.show("qualification", problems);
        }
    }

    private static java.util.Map<String, Feeling> chosen(java.util.Map<String, String> feelings) {
        java.util.Map<String, Feeling> chosen = new java.util.LinkedHashMap<>();
        feelings.forEach((key, code) -> Feeling.fromCode(code).ifPresent(f -> chosen.put(key, f)));
        return chosen;
    }

    public GeneralTag[] getGeneralTags() {
        return GeneralTag.values();
    }

    public List<String> getBusinessTags() {
        return inbox.businessTags();
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public Feeling[] getFeelings() {
        return Feeling.values();
    }

    public List<String> getAnswerStatuses() {
        return answers.statuses();
    }

    public java.util.Map<String, String> getTagFeelings() {
        return tagFeelings;
    }

    public java.util.Map<String, String> getChannelFeelings() {
        return channelFeelings;
    }

    public String getImprovementNote() {
        return improvementNote;
    }

    public void setImprovementNote(String improvementNote) {
        this.improvementNote = improvementNote;
    }

    public void addComment() {
        try {
            comments.addFromCase(id, comment);
            comment = "";
            storyComments = null;
            Texts.confirm("comments.added");
        } catch (InvalidInput problems) {
            feedback.show("commentaires", problems);
        }
    }

    public List<StoryComment> getComments() {
        if (storyComments == null) {
            storyComments = comments.ofCase(id);
        }
        return storyComments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public void recordAction() {
        try {
            ImprovementAction action = actions.record(id, actionDescription, actionStatus, actionDate);
            Texts.confirm(action.getState() == ImprovementAction.State.PUBLISHED ? "case.action.published"
                    : "case.action.recorded");
            actionDescription = "";
            actionDate = null;
            caseActions = null;
        } catch (InvalidInput problems) {
            feedback.show("actions", problems);
        }
    }

    public void approveAction(long actionId, long version) {
        actionStep(() -> actions.approve(actionId, version), "case.action.published");
    }

    public void sendBackAction(long actionId, long version) {
        actionStep(() -> actions.sendBack(actionId, version, actionComment), "case.action.returned");
    }

    public void markActionDone(long actionId, long version) {
        actionStep(() -> actions.markDone(actionId, version, null), "case.action.done");
    }

    private void actionStep(Runnable step, String doneKey) {
        try {
            step.run();
            Texts.confirm(doneKey);
            caseActions = null;
        } catch (InvalidInput problems) {
            feedback.show("actions", problems);
        }
    }

    public List<ImprovementAction> getActions() {
        if (caseActions == null) {
            caseActions = actions.ofCase(id);
        }
        return caseActions;
    }

    public boolean isManager() {
        return user.hasRole(Roles.MANAGER);
    }

    public ActionStatus[] getActionStatuses() {
        return ActionStatus.values();
    }

    private Answers.Draft draft() {
        return new Answers.Draft(body, courtesy, signature, answerStatus);
    }

    public Inbox.CaseView getView() {
        if (view == null) {
            refresh(false);
        }
        return view;
    }

    public boolean isEditable() {
        Answer answer = getView().answer();
        return getView().storyCase().getStatus().isOpen() && (answer == null || answer.getState().editable());
    }

    public boolean isAwaitingMyValidation() {
        Answer answer = getView().answer();
        return answer != null && answer.getState() == AnswerState.SUBMITTED && user.hasRole(Roles.MANAGER);
    }

    public List<OrgUnitView> getEntitiesBelow() {
        if (entitiesBelow == null) {
            entitiesBelow = inbox.entitiesBelow(id);
        }
        return entitiesBelow;
    }

    public List<TenantRef> getOtherNetworks() {
        if (otherNetworks == null) {
            otherNetworks = inbox.otherNetworks();
        }
        return otherNetworks;
    }

    public String channelLabel(String code) {
        return ContactChannel.fromCode(code).map(c -> c.label().in(FacesContext.getCurrentInstance().getViewRoot()
                .getLocale())).orElse(code);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionStatus() {
        return actionStatus;
    }

    public void setActionStatus(String actionStatus) {
        this.actionStatus = actionStatus;
    }

    public java.time.LocalDate getActionDate() {
        return actionDate;
    }

    public void setActionDate(java.time.LocalDate actionDate) {
        this.actionDate = actionDate;
    }

    public String getActionComment() {
        return actionComment;
    }

    public void setActionComment(String actionComment) {
        this.actionComment = actionComment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCourtesy() {
        return courtesy;
    }

    public void setCourtesy(String courtesy) {
        this.courtesy = courtesy;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getAnswerStatus() {
        return answerStatus;
    }

    public void setAnswerStatus(String answerStatus) {
        this.answerStatus = answerStatus;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    public Long getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(Long moveTarget) {
        this.moveTarget = moveTarget;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public String getTransferNetwork() {
        return transferNetwork;
    }

    public void setTransferNetwork(String transferNetwork) {
        this.transferNetwork = transferNetwork;
    }
}
