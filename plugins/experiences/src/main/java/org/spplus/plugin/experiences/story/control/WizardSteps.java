package org.spplus.plugin.experiences.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.plugin.experiences.network.NetworkProcedures;
import org.spplus.plugin.experiences.procedure.Procedure;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.StoryForm;

/**
 * The wizard "Je donne mon avis", whichever way a browser walks it (whole pages, or steps changed in the page
 * with the draft saved in the background): which step a form may go to, and what each step shows that depends
 * on the others (the procedures suggested by the story, the review).
 */
@ApplicationScoped
public class WizardSteps {

    public static final int LAST = 3;
    private static final int SUGGESTIONS = 6;
    private static final int SEARCH_RESULTS = 10;

    /** The review of step 3, in words. */
    public record Review(String title, String body, String authorKind, String feeling, List<String> networks,
                         List<String> procedures, String place) {
    }

    @Inject
    StoryChecks checks;

    @Inject
    TenantCatalog tenants;

    @Inject
    ProcedureCatalogue procedures;

    @Inject
    NetworkProcedures networkProcedures;

    /** A form sent from a step goes on from there, never beyond the step its draft has reached. */
    public void resume(StoryForm form, int sentFrom) {
        form.setStep(Math.max(1, Math.min(sentFrom, form.getProgress().getReachedStep())));
    }

    /** Checks the current step and goes to the next one; the problems are thrown, the step kept. */
    public void next(StoryForm form) {
        if (form.getStep() == 1) {
            checks.checkStory(form);
        } else if (form.getStep() == 2) {
            checks.checkContext(form);
        }
        form.setStep(Math.min(LAST, form.getStep() + 1));
        form.getProgress().setReachedStep(Math.max(form.getProgress().getReachedStep(), form.getStep()));
    }

    /** Goes back to an earlier step (never forward: only {@link #next} checks what is typed). */
    public void back(StoryForm form, int step) {
        form.setStep(Math.max(1, Math.min(step, form.getStep())));
    }

    /**
     * The procedures the person may tick: those already chosen, those the words of the story suggest and those
     * found by their search, for the given networks.
     */
    public List<Procedure> procedureChoices(StoryForm form, List<String> networks) {
        List<String> catalogues = networkProcedures.catalogueNetworks(networks);
        Set<Procedure> choices = new LinkedHashSet<>(chosenProcedures(form));
        procedures.suggest(form.getTitle() + " " + form.getBody(), catalogues, SUGGESTIONS)
                .forEach(s -> choices.add(s.procedure()));
        String search = form.getProgress().getProcedureSearch();
        if (search != null && !search.isBlank()) {
            choices.addAll(procedures.search(search.strip(), catalogues, SEARCH_RESULTS));
        }
        return List.copyOf(choices);
    }

    /** What the choices depend on: computed again only when it changed. */
    public List<Object> procedureChoicesKey(StoryForm form, List<String> networks) {
        return Arrays.asList(form.getTitle() + " " + form.getBody(), List.copyOf(networks),
                List.copyOf(form.getProcedures()), form.getProgress().getProcedureSearch());
    }

    public List<Procedure> chosenProcedures(StoryForm form) {
        return form.getProcedures().stream().map(procedures::byCode).flatMap(Optional::stream).toList();
    }

    public Review review(StoryForm form, Locale locale) {
        List<String> networks = new ArrayList<>();
        for (StoryForm.Target target : form.getTargets()) {
            String name = networkName(target.getTenantId());
            networks.add(target.getUnitName() == null || target.getUnitName().isEmpty() ? name : name + " – " + target.getUnitName());
        }
        return new Review(form.getTitle(), form.getBody(),
                AuthorKind.fromCode(form.getAuthorKind()).map(k -> k.label().in(locale)).orElse(""),
                Feeling.fromCode(form.getFeeling()).map(f -> f.label().in(locale)).orElse(""), networks,
                chosenProcedures(form).stream().map(Procedure::label).toList(), departementName(form.getDepartementCode()));
    }

    public String networkName(String tenantId) {
        return tenants.byId(tenantId).map(TenantRef::name).orElse(tenantId);
    }

    public String departementName(String code) {
        return code == null || code.isEmpty() ? "" : Geography.france().departement(code).map(d -> d.name()).orElse("");
    }
}
