package org.spplus.plugin.experiences.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.network.NetworkUnits;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.procedure.Procedure;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.entity.ChannelFeeling;
import org.spplus.plugin.experiences.story.entity.StoryContent;
import org.spplus.plugin.experiences.story.entity.StoryProcedure;
import org.spplus.plugin.experiences.story.entity.StoryTarget;

/**
 * Checks what was typed in each step of the wizard and says, field by field and in French, what to fix.
 * Field keys are the ids of the wizard's inputs.
 */
@ApplicationScoped
public class StoryChecks {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 1000;
    public static final int MAX_TARGETS = 5;

    @Inject
    TenantCatalog tenants;

    @Inject
    NetworkUnits units;

    @Inject
    ProcedureCatalogue procedures;

    /** Step 1, "Racontez votre expérience". */
    public void checkStory(StoryForm form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        story(form, problems);
        problems.throwIfAny();
    }

    /** Step 2, "Précisez organismes et démarches". */
    public void checkContext(StoryForm form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        context(form, problems);
        problems.throwIfAny();
    }

    /** Every step, then the story's content; {@code anonymous} when nobody is signed in. */
    public StoryContent complete(StoryForm form, boolean anonymous) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        story(form, problems);
        List<StoryTarget> targets = context(form, problems);
        if (!form.isCharterAccepted()) {
            problems.add("charte", "Acceptez la charte de modération pour envoyer votre expérience.");
        }
        String postalCode = Inputs.trimmed(form.getPostalCode());
        if (anonymous) {
            if (!Inputs.isEmail(form.getEmail())) {
                problems.add("email", "Indiquez une adresse e-mail valide, par exemple nom@exemple.fr : "
                        + "nous vous écrirons pour confirmer l'envoi.");
            }
            if (Geography.france().departementOfPostalCode(postalCode).isEmpty()) {
                problems.add("codePostal", "Indiquez un code postal français à 5 chiffres, par exemple 30000.");
            }
        } else if (!postalCode.isEmpty() && Geography.france().departementOfPostalCode(postalCode).isEmpty()) {
            problems.add("codePostal", "Indiquez un code postal français à 5 chiffres, ou laissez ce champ vide.");
        }
        problems.throwIfAny();
        String departement = Inputs.trimmed(form.getDepartementCode());
        if (departement.isEmpty()) {
            departement = Geography.france().departementOfPostalCode(postalCode).map(d -> d.code()).orElse(null);
        }
        return new StoryContent(Inputs.trimmed(form.getTitle()), Inputs.trimmed(form.getBody()),
                AuthorKind.fromCode(form.getAuthorKind()).orElseThrow(),
                Feeling.fromCode(form.getFeeling()).orElseThrow(), departement,
                postalCode.isEmpty() ? null : postalCode, targets, channels(form), procedureChoices(form),
                form.getOrigin(), form.getOriginProcedure());
    }

    private void story(StoryForm form, InvalidInput.Collector problems) {
        Inputs.requiredText(problems, "titre", form.getTitle(), TITLE_MAX, "un titre à votre expérience");
        Inputs.requiredText(problems, "recit", form.getBody(), BODY_MAX, "votre expérience en détail");
        if (AuthorKind.fromCode(form.getAuthorKind()).isEmpty()) {
            problems.add("vousEtes", "Indiquez qui vous êtes (un particulier, un professionnel…).");
        }
        if (Feeling.fromCode(form.getFeeling()).isEmpty()) {
            problems.add("ressenti", "Indiquez votre ressenti à la fin de cette expérience : positif, neutre ou négatif.");
        }
    }

    private List<StoryTarget> context(StoryForm form, InvalidInput.Collector problems) {
        List<StoryTarget> targets = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (StoryForm.Target target : form.getTargets()) {
            String tenantId = target.getTenantId();
            if (tenantId == null || !tenants.enables(tenantId, ExperiencesPlugin.ID)) {
                problems.add("reseaux", "Un des organismes choisis ne reçoit pas d'expériences : retirez-le.");
                continue;
            }
            Long unitId = target.getUnitId();
            String unitName = null;
            if (unitId != null) {
                Optional<OrgUnitView> unit = units.unit(tenantId, unitId);
                if (unit.isEmpty()) {
                    problems.add("reseaux", "Un des services choisis n'existe pas : choisissez-le à nouveau.");
                    continue;
                }
                unitName = unit.get().name();
            }
            if (seen.add(tenantId + "/" + unitId)) {
                targets.add(new StoryTarget(tenantId, unitId, unitName));
            }
        }
        if (targets.isEmpty() && !problems.has("reseaux")) {
            problems.add("reseaux", "Choisissez au moins un organisme concerné par votre expérience.");
        } else if (targets.size() > MAX_TARGETS) {
            problems.add("reseaux", "Choisissez au plus " + MAX_TARGETS + " organismes ou services.");
        }
        for (String code : form.getProcedures()) {
            if (procedures.byCode(code).isEmpty()) {
                problems.add("demarches", "Une des démarches choisies n'existe plus : choisissez-la à nouveau.");
            }
        }
        for (StoryForm.Channel channel : form.getChannels()) {
            if (ContactChannel.fromCode(channel.getCode()).isEmpty()) {
                problems.add("canaux", "Un des moyens de contact choisis est inconnu.");
            } else if (channel.getFeeling() != null && !channel.getFeeling().isEmpty()
                    && Feeling.fromCode(channel.getFeeling()).isEmpty()) {
                problems.add("canaux", "Le ressenti indiqué pour un moyen de contact est inconnu.");
            }
        }
        String departement = Inputs.trimmed(form.getDepartementCode());
        if (!departement.isEmpty() && Geography.france().departement(departement).isEmpty()) {
            problems.add("departement", "Choisissez un département de la liste.");
        }
        return targets;
    }

    private static List<ChannelFeeling> channels(StoryForm form) {
        List<ChannelFeeling> channels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (StoryForm.Channel channel : form.getChannels()) {
            if (seen.add(channel.getCode())) {
                channels.add(new ChannelFeeling(channel.getCode(), Feeling.fromCode(channel.getFeeling()).orElse(null)));
            }
        }
        return channels;
    }

    private List<StoryProcedure> procedureChoices(StoryForm form) {
        List<StoryProcedure> chosen = new ArrayList<>();
        for (String code : new LinkedHashSet<>(form.getProcedures())) {
            Procedure procedure = procedures.byCode(code).orElseThrow();
            chosen.add(new StoryProcedure(procedure.code(), procedure.label(),
                    "*".equals(procedure.networkId()) ? null : procedure.networkId()));
        }
        return chosen;
    }
}
