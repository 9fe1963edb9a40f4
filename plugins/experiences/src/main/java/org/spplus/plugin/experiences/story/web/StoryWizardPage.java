package org.spplus.plugin.experiences.story.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.network.NetworkProcedures;
import org.spplus.plugin.experiences.network.NetworkUnits;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.procedure.Procedure;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.boundary.StoryDrafts;
import org.spplus.plugin.experiences.story.boundary.StorySubmissions;
import org.spplus.plugin.experiences.story.control.FollowTokens;
import org.spplus.plugin.experiences.story.control.StoryChecks;
import org.spplus.plugin.experiences.web.BrowserCookies;

/**
 * The page "Je donne mon avis": the three steps of the wizard. What is typed is kept as a draft under a key
 * the browser holds in a cookie, at each step and while typing, so nothing is lost to a reload or a timeout.
 */
@Named
@ViewScoped
public class StoryWizardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DRAFT_COOKIE = "SPPLUS_EXP_BROUILLON";
    private static final int SUGGESTIONS = 6;

    /** A contact channel as the page shows it: chosen or not, and the feeling about it. */
    public static class ChannelChoice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ContactChannel channel;
        private boolean chosen;
        private String feeling = "";

        ChannelChoice(ContactChannel channel) {
            this.channel = channel;
        }

        public ContactChannel getChannel() {
            return channel;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }

        public String getFeeling() {
            return feeling;
        }

        public void setFeeling(String feeling) {
            this.feeling = feeling == null ? "" : feeling;
        }
    }

    @Inject
    StoryDrafts drafts;

    @Inject
    StoryChecks checks;

    @Inject
    StorySubmissions submissions;

    @Inject
    TenantCatalog tenants;

    @Inject
    NetworkUnits units;

    @Inject
    ProcedureCatalogue procedures;

    @Inject
    NetworkProcedures networkProcedures;

    @Inject
    org.spplus.plugin.experiences.embed.ButtonLinks buttons;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private String draftKey;
    private String submissionKey;
    private StoryForm form = new StoryForm();
    private List<String> chosenNetworks = new ArrayList<>();
    private final Map<String, String> serviceSearch = new HashMap<>();
    private final Map<String, List<OrgUnitView>> serviceResults = new HashMap<>();
    private String procedureSearch = "";
    private transient List<Object> suggestionsKey;
    private transient List<Procedure> suggestions;
    private List<Procedure> procedureResults = List.of();
    private List<ChannelChoice> channelChoices = new ArrayList<>();
    private Long submittedStoryId;
    private boolean submittedWithoutAccount;
    private String preselect;

    /** Loads the draft (or starts one) and applies a network chosen by the link that led here. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || draftKey != null) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        String key = BrowserCookies.read(DRAFT_COOKIE);
        Optional<StoryForm> saved = key == null ? Optional.empty() : drafts.load(key);
        if (saved.isPresent()) {
            draftKey = key;
            form = saved.get();
        } else {
            draftKey = FollowTokens.newKey();
            BrowserCookies.write(DRAFT_COOKIE, draftKey, StoryDrafts.KEEP_DAYS * 24 * 3600);
        }
        submissionKey = FollowTokens.newKey();
        preselect(external.getRequestParameterMap());
        chosenNetworks = new ArrayList<>(form.getTargets().stream().map(StoryForm.Target::getTenantId).distinct().toList());
        channelChoices = new ArrayList<>();
        for (ContactChannel channel : ContactChannel.values()) {
            ChannelChoice choice = new ChannelChoice(channel);
            form.getChannels().stream().filter(c -> channel.code().equals(c.getCode())).findFirst().ifPresent(c -> {
                choice.setChosen(true);
                choice.setFeeling(c.getFeeling());
            });
            channelChoices.add(choice);
        }
    }

    private void preselect(Map<String, String> parameters) {
        String network = parameters.get("reseau");
        if (network != null && tenants.enables(network, ExperiencesPlugin.ID)) {
            preselect = network;
            if (form.getTargets().stream().noneMatch(t -> network.equals(t.getTenantId()))) {
                Long unitId = parseLong(parameters.get("service"));
                String unitName = unitId == null ? null
                        : units.unit(network, unitId).map(OrgUnitView::name).orElse(null);
                form.getTargets().add(new StoryForm.Target(network, unitName == null ? null : unitId, unitName));
            }
            String origin = parameters.get("origine");
            form.setOrigin(origin != null && origin.matches("[a-z0-9:-]{1,40}") ? origin : "bouton:" + network);
            String procedure = parameters.get("demarche");
            if (procedure != null && buttons.verify(network, procedure, parameters.get("signature"))
                    && procedures.byCode(procedure).isPresent()) {
                form.setOriginProcedure(procedure);
                form.setOrigin("demarche:" + network);
                if (!form.getProcedures().contains(procedure)) {
                    form.getProcedures().add(procedure);
                }
            }
        }
    }

    /** Saves the draft while the person types (called by the page in the background). */
    public void autosave() {
        syncChoices();
        drafts.save(draftKey, form);
    }

    public void next() {
        syncChoices();
        try {
            if (form.getStep() == 1) {
                checks.checkStory(form);
            } else if (form.getStep() == 2) {
                checks.checkContext(form);
            }
            form.setStep(form.getStep() + 1);
        } catch (InvalidInput problems) {
            feedback.show("assistant", problems);
        }
        drafts.save(draftKey, form);
    }

    public void previous() {
        syncChoices();
        form.setStep(form.getStep() - 1);
        drafts.save(draftKey, form);
    }

    public void goToStep(int step) {
        syncChoices();
        form.setStep(Math.min(step, form.getStep()));
        drafts.save(draftKey, form);
    }

    public void submit() {
        syncChoices();
        try {
            StorySubmissions.Submitted submitted = submissions.submit(form, submissionKey);
            submittedStoryId = submitted.storyId();
            submittedWithoutAccount = user.get().isEmpty();
            drafts.discard(draftKey);
        } catch (InvalidInput problems) {
            drafts.save(draftKey, form);
            feedback.show("assistant", problems);
        }
    }

    /** Starts a new story (after one was sent, or to drop the draft). */
    public String restart() {
        drafts.discard(draftKey);
        return "/experiences/deposer?faces-redirect=true";
    }

    public void searchServices(String tenantId) {
        String text = serviceSearch.getOrDefault(tenantId, "");
        serviceResults.put(tenantId, text.isBlank() ? List.of() : units.search(tenantId, text.strip(), 8));
    }

    public void chooseService(String tenantId, long unitId, String unitName) {
        form.getTargets().removeIf(t -> tenantId.equals(t.getTenantId()));
        form.getTargets().add(new StoryForm.Target(tenantId, unitId, unitName));
        serviceResults.remove(tenantId);
        serviceSearch.remove(tenantId);
        autosave();
    }

    public void clearService(String tenantId) {
        form.getTargets().removeIf(t -> tenantId.equals(t.getTenantId()));
        form.getTargets().add(new StoryForm.Target(tenantId, null, null));
        autosave();
    }

    public void searchProcedures() {
        procedureResults = procedureSearch.isBlank() ? List.of()
                : procedures.search(procedureSearch.strip(), networkProcedures.catalogueNetworks(chosenNetworks), 10);
    }

    public void addProcedure(String code) {
        if (!form.getProcedures().contains(code)) {
            form.getProcedures().add(code);
        }
        autosave();
    }

    public void removeProcedure(String code) {
        form.getProcedures().remove(code);
        autosave();
    }

    /** Keeps the form's networks and channels in line with the checkboxes. */
    private void syncChoices() {
        List<StoryForm.Target> targets = new ArrayList<>();
        for (String network : chosenNetworks) {
            targets.add(form.getTargets().stream().filter(t -> network.equals(t.getTenantId())).findFirst()
                    .orElse(new StoryForm.Target(network, null, null)));
        }
        form.setTargets(targets);
        List<StoryForm.Channel> channels = new ArrayList<>();
        for (ChannelChoice choice : channelChoices) {
            if (choice.isChosen()) {
                channels.add(new StoryForm.Channel(choice.getChannel().code(), choice.getFeeling()));
            }
        }
        form.setChannels(channels);
    }

    public StoryForm getForm() {
        return form;
    }

    public int getStep() {
        return form.getStep();
    }

    public boolean isSubmitted() {
        return submittedStoryId != null;
    }

    public boolean isSubmittedWithoutAccount() {
        return submittedWithoutAccount;
    }

    public boolean isAnonymous() {
        return user.get().isEmpty();
    }

    public List<TenantRef> getNetworks() {
        return tenants.enabling(ExperiencesPlugin.ID);
    }

    public String networkName(String tenantId) {
        return tenants.byId(tenantId).map(TenantRef::name).orElse(tenantId);
    }

    public List<String> getChosenNetworks() {
        return chosenNetworks;
    }

    public void setChosenNetworks(List<String> chosenNetworks) {
        this.chosenNetworks = chosenNetworks == null ? new ArrayList<>() : new ArrayList<>(chosenNetworks);
    }

    public String getPreselect() {
        return preselect;
    }

    public Map<String, String> getServiceSearch() {
        return serviceSearch;
    }

    public List<OrgUnitView> serviceResults(String tenantId) {
        return serviceResults.getOrDefault(tenantId, List.of());
    }

    public String chosenService(String tenantId) {
        return form.getTargets().stream().filter(t -> tenantId.equals(t.getTenantId()) && t.getUnitName() != null)
                .map(StoryForm.Target::getUnitName).findFirst().orElse(null);
    }

    /** Procedures suggested from the words of the story, for the chosen networks. */
    public List<Procedure> getSuggestedProcedures() {
        // read several times per page: computed again only when what it depends on has changed
        List<Object> key = java.util.Arrays.asList(form.getTitle() + " " + form.getBody(),
                chosenNetworks == null ? null : new java.util.ArrayList<>(chosenNetworks),
                new java.util.ArrayList<>(form.getProcedures()));
        if (!key.equals(suggestionsKey)) {
            suggestions = procedures.suggest(form.getTitle() + " " + form.getBody(),
                            networkProcedures.catalogueNetworks(chosenNetworks), SUGGESTIONS).stream()
                    .map(s -> s.procedure()).filter(p -> !form.getProcedures().contains(p.code())).toList();
            suggestionsKey = key;
        }
        return suggestions;
    }

    public List<Procedure> getChosenProcedures() {
        return form.getProcedures().stream().map(code -> procedures.byCode(code)).flatMap(Optional::stream).toList();
    }

    public String getProcedureSearch() {
        return procedureSearch;
    }

    public void setProcedureSearch(String procedureSearch) {
        this.procedureSearch = procedureSearch == null ? "" : procedureSearch;
    }

    public List<Procedure> getProcedureResults() {
        return procedureResults;
    }

    public List<ChannelChoice> getChannelChoices() {
        return channelChoices;
    }

    public AuthorKind[] getAuthorKinds() {
        return AuthorKind.values();
    }

    public Feeling[] getFeelings() {
        return Feeling.values();
    }

    public Map<String, String> getDepartements() {
        Map<String, String> list = new LinkedHashMap<>();
        Geography.france().departements().forEach(d -> list.put(d.code() + " – " + d.name(), d.code()));
        return list;
    }

    public String departementName(String code) {
        return Geography.france().departement(code).map(d -> d.name()).orElse("");
    }

    public String labelOfAuthorKind(String code) {
        return AuthorKind.fromCode(code).map(k -> k.label().in(locale())).orElse("");
    }

    public String labelOfFeeling(String code) {
        return Feeling.fromCode(code).map(f -> f.label().in(locale())).orElse("");
    }

    public int getTitleMax() {
        return StoryChecks.TITLE_MAX;
    }

    public int getBodyMax() {
        return StoryChecks.BODY_MAX;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
