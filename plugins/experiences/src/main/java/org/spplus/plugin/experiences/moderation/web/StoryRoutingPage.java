package org.spplus.plugin.experiences.moderation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.moderation.boundary.StoryRouting;
import org.spplus.plugin.experiences.moderation.control.StoryRoutingWork.NetworkCase;
import org.spplus.plugin.experiences.web.Texts;

/** The re-routing part of a published story's moderation page: where its cases are, and moving one. */
@Named
@ViewScoped
public class StoryRoutingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reorientation";

    @Inject
    StoryRouting routing;

    @Inject
    PageFeedback feedback;

    private Long storyId;
    private String chosenCase = "";
    private String reason = "";
    private String search = "";
    private Long target;
    private String network = "";
    private List<OrgUnitView> results = List.of();
    private transient List<NetworkCase> cases;
    private transient List<TenantRef> networks;

    /** Called by the page with its story (on the first request only). */
    public void load(Long storyId) {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        this.storyId = storyId;
        cases = storyId == null ? List.of() : routing.cases(storyId);
    }

    public void searchEntities() {
        target = null;
        try {
            results = routing.searchEntities(chosen().map(NetworkCase::tenantId).orElseThrow(this::noCase), search);
            if (results.isEmpty()) {
                feedback.show(FORM, InvalidInput.of("recherche", Texts.get("moderation.routing.noResult")));
            }
        } catch (InvalidInput problems) {
            results = List.of();
            feedback.show(FORM, problems);
        }
    }

    public void moveWithinNetwork() {
        act(c -> routing.moveWithinNetwork(storyId, c.tenantId(), c.caseId(), target == null ? -1 : target, reason),
                "moderation.routing.moved");
    }

    public void transferToNetwork() {
        act(c -> routing.transferToNetwork(storyId, c.tenantId(), c.caseId(), network, reason),
                "moderation.routing.transferred");
    }

    private void act(java.util.function.Consumer<NetworkCase> move, String doneKey) {
        try {
            move.accept(chosen().orElseThrow(this::noCase));
            Texts.confirm(doneKey);
            chosenCase = "";
            reason = "";
            search = "";
            target = null;
            network = "";
            results = List.of();
            cases = null;
        } catch (InvalidInput problems) {
            feedback.show(FORM, problems);
        }
    }

    private Optional<NetworkCase> chosen() {
        return getCases().stream().filter(c -> key(c).equals(chosenCase)).findFirst();
    }

    private InvalidInput noCase() {
        return InvalidInput.of("cas", Texts.get("moderation.routing.chooseCase"));
    }

    /** The value that names a case in the form. */
    public String key(NetworkCase c) {
        return c.tenantId() + "/" + c.caseId();
    }

    public List<NetworkCase> getCases() {
        if (cases == null) {
            cases = storyId == null ? List.of() : routing.cases(storyId);
        }
        return cases;
    }

    public List<NetworkCase> getOpenCases() {
        return getCases().stream().filter(NetworkCase::open).toList();
    }

    public List<TenantRef> getNetworks() {
        if (networks == null) {
            networks = routing.networks();
        }
        return networks;
    }

    public String networkName(String tenantId) {
        return getNetworks().stream().filter(t -> t.id().equals(tenantId)).map(TenantRef::name).findFirst()
                .orElse(tenantId);
    }

    public List<OrgUnitView> getResults() {
        return results;
    }

    public String getChosenCase() {
        return chosenCase;
    }

    public void setChosenCase(String chosenCase) {
        this.chosenCase = chosenCase == null ? "" : chosenCase;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }
}
