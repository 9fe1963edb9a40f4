package org.spplus.plugin.experiences.story.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.embed.ButtonLinks;
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
 * The page "Je donne mon avis": the three steps of the wizard. A stateless page: what is typed, and where the
 * person stands, is the draft kept server-side under a key the browser holds in a cookie. Each request reads
 * the draft, the page is built for the step it was sent from (only that step's fields), and each step saves the
 * draft: nothing is lost to a reload or a timeout, and no session is held for a visitor.
 */
@Named
@RequestScoped
public class StoryWizardPage {

    static final String DRAFT_COOKIE = "SPPLUS_EXP_BROUILLON";
    /** The hidden field that says which step a page was sent from. */
    static final String STEP_FIELD = "etape";
    private static final int SUGGESTIONS = 6;
    private static final int SEARCH_RESULTS = 10;
    private static final int SERVICE_RESULTS = 8;
    private static final Map<String, String> DEPARTEMENTS = departements();

    /** A contact channel as the page shows it: chosen or not, and the feeling about it. */
    public static class ChannelChoice {
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
    ButtonLinks buttons;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private String draftKey;
    private StoryForm form;
    /** The step (or the "sent" page) the current view was built for. */
    private int builtStep;
    private boolean builtSent;
    private List<String> chosenNetworks;
    private List<ChannelChoice> channelChoices;
    private List<Object> choicesKey;
    private List<Procedure> procedureChoices;

    /**
     * Reads the draft: on a first visit, the one this browser left unsent (else a new one) and the network the
     * link chose; on a form sent, the draft as it was, at the step the page was sent from.
     */
    @PostConstruct
    void read() {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        String key = BrowserCookies.read(DRAFT_COOKIE);
        Optional<StoryForm> saved = FollowTokens.looksLikeKey(key) ? drafts.load(key) : Optional.empty();
        boolean postback = context.isPostback();
        if (saved.isPresent() && (postback || !saved.get().isSent())) {
            draftKey = key;
            form = saved.get();
        } else {
            if (saved.isPresent()) { // a story sent from this browser: the next one starts afresh
                drafts.discard(key);
            }
            draftKey = postback && FollowTokens.looksLikeKey(key) ? key : FollowTokens.newKey();
            if (!draftKey.equals(key)) {
                BrowserCookies.write(DRAFT_COOKIE, draftKey, StoryDrafts.KEEP_DAYS * 24 * 3600);
            }
            form = new StoryForm();
        }
        if (form.getProgress().getSubmissionKey() == null) {
            form.getProgress().setSubmissionKey(FollowTokens.newKey());
        }
        if (postback) {
            int sentFrom = parseInt(parameters.get(STEP_FIELD), form.getStep());
            if (saved.isEmpty() && sentFrom > 1) {
                feedback.refuse("Nous n'avons pas retrouvé votre brouillon : votre navigateur refuse peut-être les "
                        + "cookies de ce site. Autorisez-les pour que votre récit soit gardé d'une étape à l'autre, "
                        + "puis recommencez.");
            }
            form.setStep(Math.min(sentFrom, form.getProgress().getReachedStep()));
        } else if (preselect(parameters)) {
            drafts.save(draftKey, form);
        }
        builtStep = form.getStep();
        builtSent = form.isSent();
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

    /** Applies the network (and service, and signed procedure) chosen by the link that led here. */
    private boolean preselect(Map<String, String> parameters) {
        String network = parameters.get("reseau");
        if (network == null || !tenants.enables(network, ExperiencesPlugin.ID)) {
            return false;
        }
        form.getProgress().setPreselectedNetwork(network);
        if (form.getTargets().stream().noneMatch(t -> network.equals(t.getTenantId()))) {
            Long unitId = parseLong(parameters.get("service"));
            String unitName = unitId == null ? null : units.unit(network, unitId).map(OrgUnitView::name).orElse(null);
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
        return true;
    }

    /** Saves the draft while the person types (called by the page in the background). */
    public void autosave() {
        syncChoices();
        save();
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
            form.getProgress().setReachedStep(Math.max(form.getProgress().getReachedStep(), form.getStep()));
        } catch (InvalidInput problems) {
            feedback.show("assistant", problems);
        }
        save();
    }

    public void previous() {
        goToStep(form.getStep() - 1);
    }

    public void goToStep(int step) {
        syncChoices();
        form.setStep(Math.min(step, form.getStep()));
        save();
    }

    public void submit() {
        syncChoices();
        try {
            StorySubmissions.Submitted submitted = submissions.submit(form, form.getProgress().getSubmissionKey());
            // the draft keeps only where the story went: what was typed is now the story's, kept by moderation
            StoryForm sent = new StoryForm();
            sent.setProgress(form.getProgress());
            sent.getProgress().setSentStoryId(submitted.storyId());
            sent.getProgress().setSentWithoutAccount(user.get().isEmpty());
            sent.getProgress().getServiceSearch().clear();
            sent.getProgress().setProcedureSearch("");
            form = sent;
            save();
        } catch (InvalidInput problems) {
            save();
            feedback.show("assistant", problems);
        }
    }

    /** Starts a new story (after one was sent, or to drop the draft). */
    public String restart() {
        drafts.discard(draftKey);
        return "/experiences/deposer?faces-redirect=true";
    }

    /** Keeps what was searched among a network's services (the page lists the services found from it). */
    public void searchServices(String tenantId) {
        save();
    }

    public void chooseService(String tenantId, long unitId, String unitName) {
        form.getTargets().removeIf(t -> tenantId.equals(t.getTenantId()));
        form.getTargets().add(new StoryForm.Target(tenantId, unitId, unitName));
        form.getProgress().getServiceSearch().remove(tenantId);
        autosave();
    }

    public void clearService(String tenantId) {
        form.getTargets().removeIf(t -> tenantId.equals(t.getTenantId()));
        form.getTargets().add(new StoryForm.Target(tenantId, null, null));
        autosave();
    }

    public void searchProcedures() {
        autosave();
    }

    /**
     * Saves the draft, and when the step changed, gives the request a new view of the page: the view was built
     * for the step the form was sent from (its fields only), the answer shows the next one.
     */
    private void save() {
        drafts.save(draftKey, form);
        if (form.getStep() != builtStep || form.isSent() != builtSent) {
            FacesContext context = FacesContext.getCurrentInstance();
            String viewId = context.getViewRoot().getViewId();
            context.setViewRoot(context.getApplication().getViewHandler().createView(context, viewId));
            builtStep = form.getStep();
            builtSent = form.isSent();
        }
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
        return form.isSent();
    }

    public boolean isSubmittedWithoutAccount() {
        return form.getProgress().isSentWithoutAccount();
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
        return form.getProgress().getPreselectedNetwork();
    }

    /** What was searched among each network's services (the fields of the page). */
    public Map<String, String> getServiceSearch() {
        return form.getProgress().getServiceSearch();
    }

    /** The services of a network matching what was searched there. */
    public List<OrgUnitView> serviceResults(String tenantId) {
        String text = form.getProgress().getServiceSearch().getOrDefault(tenantId, "");
        return text == null || text.isBlank() ? List.of() : units.search(tenantId, text.strip(), SERVICE_RESULTS);
    }

    public String chosenService(String tenantId) {
        return form.getTargets().stream().filter(t -> tenantId.equals(t.getTenantId()) && t.getUnitName() != null)
                .map(StoryForm.Target::getUnitName).findFirst().orElse(null);
    }

    /**
     * The procedures the person may tick: those already chosen, those the words of the story suggest and those
     * found by their search, for the chosen networks. Read several times per page: computed again only when
     * what it depends on has changed.
     */
    public List<Procedure> getProcedureChoices() {
        String story = form.getTitle() + " " + form.getBody();
        String search = form.getProgress().getProcedureSearch();
        List<Object> key = Arrays.asList(story, List.copyOf(chosenNetworks), List.copyOf(form.getProcedures()), search);
        if (!key.equals(choicesKey)) {
            List<String> catalogues = networkProcedures.catalogueNetworks(chosenNetworks);
            Set<Procedure> choices = new LinkedHashSet<>(getChosenProcedures());
            procedures.suggest(story, catalogues, SUGGESTIONS).forEach(s -> choices.add(s.procedure()));
            if (!search.isBlank()) {
                choices.addAll(procedures.search(search.strip(), catalogues, SEARCH_RESULTS));
            }
            procedureChoices = List.copyOf(choices);
            choicesKey = key;
        }
        return procedureChoices;
    }

    public List<Procedure> getChosenProcedures() {
        return form.getProcedures().stream().map(procedures::byCode).flatMap(Optional::stream).toList();
    }

    public String getProcedureSearch() {
        return form.getProgress().getProcedureSearch();
    }

    public void setProcedureSearch(String procedureSearch) {
        form.getProgress().setProcedureSearch(procedureSearch);
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
        return DEPARTEMENTS;
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

    private static Map<String, String> departements() {
        Map<String, String> list = new LinkedHashMap<>();
        Geography.france().departements().forEach(d -> list.put(d.code() + " – " + d.name(), d.code()));
        return java.util.Collections.unmodifiableMap(list);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static int parseInt(String value, int otherwise) {
        return value != null && value.matches("[1-3]") ? Integer.parseInt(value) : otherwise;
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
