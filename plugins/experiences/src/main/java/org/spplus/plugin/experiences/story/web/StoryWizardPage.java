package org.spplus.plugin.experiences.story.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.embed.ButtonLinks;
import org.spplus.plugin.experiences.network.NetworkUnits;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.procedure.Procedure;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.boundary.StoryDrafts;
import org.spplus.plugin.experiences.story.boundary.StorySubmissions;
import org.spplus.plugin.experiences.story.control.StoryChecks;
import org.spplus.plugin.experiences.story.control.WizardSteps;
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
    WizardSteps steps;

    @Inject
    StorySubmissions submissions;

    @Inject
    TenantCatalog tenants;

    @Inject
    NetworkUnits units;

    @Inject
    ProcedureCatalogue procedures;

    @Inject
    ButtonLinks buttons;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private String draftKey;
    private StoryForm form;
    /** Whether the current view was built for the "sent" page (else for the wizard's steps). */
    private boolean builtSent;
    private List<String> chosenNetworks;
    private List<ChannelChoice> channelChoices;
    private List<Object> choicesKey;
    private List<Procedure> procedureChoices;
    private WizardSteps.Review review;
    /** Whether the page shows a new, empty story (no draft found, no network chosen by the link). */
    private boolean blank;

    /**
     * Reads the draft: on a first visit, the one this browser left unsent (else a new one) and the network the
     * link chose; on a form sent, the draft as it was, at the step the page was sent from.
     */
    @PostConstruct
    void read() {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        boolean postback = context.isPostback();
        StoryDrafts.Opened draft = drafts.open(BrowserCookies.read(DRAFT_COOKIE), postback);
        draftKey = draft.key();
        form = draft.form();
        if (draft.isNew()) {
            BrowserCookies.write(DRAFT_COOKIE, draftKey, StoryDrafts.KEEP_DAYS * 24 * 3600);
        }
        if (postback) {
            int sentFrom = parseInt(parameters.get(STEP_FIELD), form.getStep());
            if (!draft.found() && sentFrom > 1) {
                feedback.refuse(StoryDrafts.NOT_FOUND);
            }
            steps.resume(form, sentFrom);
        } else if (preselect(parameters)) {
            drafts.save(draftKey, form);
        } else {
            blank = !draft.found();
        }
        builtSent = form.isSent();
        chosenNetworks = new ArrayList<>(form.getNetworks());
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
            steps.next(form);
        } catch (InvalidInput problems) {
            feedback.show("assistant", problems);
        }
        save();
    }

    /** The step's own button (the one the Enter key uses): next, or send from the last step. */
    public void proceed() {
        if (form.getStep() < WizardSteps.LAST) {
            next();
        } else {
            submit();
        }
    }

    public void previous() {
        goToStep(form.getStep() - 1);
    }

    public void goToStep(int step) {
        syncChoices();
        steps.back(form, step);
        save();
    }

    public void submit() {
        syncChoices();
        try {
            StorySubmissions.Submitted submitted = submissions.submit(form, form.getProgress().getSubmissionKey());
            // the draft keeps only where the story went: what was typed is now the story's, kept by moderation
            form = form.afterSending(submitted.storyId(), user.get().isEmpty());
            save();
        } catch (InvalidInput problems) {
            save();
            feedback.show("assistant", problems);
        }
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
     * Saves the draft, and once the story is sent, gives the request a new view of the page: the view was built
     * with the wizard's three steps, the answer shows the confirmation instead.
     */
    private void save() {
        drafts.save(draftKey, form);
        review = null; // read while the form was sent (the repeats go through their rows): shown as it is now
        if (form.isSent() != builtSent) {
            FacesContext context = FacesContext.getCurrentInstance();
            String viewId = context.getViewRoot().getViewId();
            context.setViewRoot(context.getApplication().getViewHandler().createView(context, viewId));
            builtSent = form.isSent();
        }
    }

    /** Keeps the form's networks and channels in line with the checkboxes. */
    private void syncChoices() {
        form.chooseNetworks(chosenNetworks);
        List<StoryForm.Channel> channels = new ArrayList<>();
        for (ChannelChoice choice : channelChoices) {
            if (choice.isChosen()) {
                channels.add(new StoryForm.Channel(choice.getChannel().code(), choice.getFeeling()));
            }
        }
        form.setChannels(channels);
    }

    /**
     * The key under which the page's wizard is written once and copied for every new visitor of the same language
     * and kind (with or without an account) while the networks offered stay the same ({@code <spplus:shared>}); null
     * when the page shows a draft, a network chosen by the link, or a form sent back (whose fields are read).
     */
    public String getSharedKey() {
        if (!blank) {
            return null;
        }
        StringBuilder key = new StringBuilder("experiences.wizard|").append(locale().toLanguageTag()).append('|')
                .append(isAnonymous());
        getNetworks().forEach(network -> key.append('|').append(network.id()).append('=').append(network.name()));
        return key.toString();
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
        return steps.networkName(tenantId);
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
     * The procedures the person may tick (see {@link WizardSteps#procedureChoices}). Read several times per page:
     * computed again only when what it depends on has changed.
     */
    public List<Procedure> getProcedureChoices() {
        List<Object> key = steps.procedureChoicesKey(form, chosenNetworks);
        if (!key.equals(choicesKey)) {
            procedureChoices = steps.procedureChoices(form, chosenNetworks);
            choicesKey = key;
        }
        return procedureChoices;
    }

    /** The review of step 3, in words. */
    public WizardSteps.Review getReview() {
        if (review == null) {
            review = steps.review(form, locale());
        }
        return review;
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
