package org.spplus.plugin.experiences.template.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.AccessDeniedException;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.handling.boundary.Answers;
import org.spplus.plugin.experiences.template.TemplateInsertion;
import org.spplus.plugin.experiences.template.entity.AnswerTemplate;

/**
 * A network's answer templates. Its managers and administrators write, edit and delete them; its agents (and
 * managers) insert them in the answer they are writing. Only the current network's templates are ever found:
 * another network's template id is refused as unknown.
 */
@ApplicationScoped
@Transactional
public class AnswerTemplates {

    public static final int NAME_MAX = 120;
    public static final int BODY_MAX = Answers.BODY_MAX;

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The network's templates, by name, for the agents writing an answer. */
    public List<AnswerTemplate> forAgents() {
        requireAnyRole("Les modèles de réponse sont réservés aux agents du réseau.", Roles.AGENT);
        return all();
    }

    /** The network's templates, by name, for those who manage them. */
    public List<AnswerTemplate> forManagers() {
        requireManagement();
        return all();
    }

    /** One of the network's templates, to edit it (another network's id is refused as unknown). */
    public AnswerTemplate forEditing(long id) {
        requireManagement();
        AnswerTemplate template = persistence.tenant().find(AnswerTemplate.class, id);
        if (template == null) {
            throw unknown("");
        }
        return template;
    }

    public AnswerTemplate create(String name, String body) {
        requireManagement();
        Checked checked = check(name, body, null);
        AnswerTemplate template = new AnswerTemplate(checked.name(), checked.body(), OffsetDateTime.now(clock));
        persistence.tenant().persist(template);
        persistence.tenant().flush();
        audit.record("experiences.template.created", "answer-template", String.valueOf(template.getId()),
                Map.of("nom", template.getName()));
        return template;
    }

    /** Saves the template; {@code version} is the one the person started from. */
    public AnswerTemplate update(long id, long version, String name, String body) {
        requireManagement();
        AnswerTemplate template = current(id, version);
        Checked checked = check(name, body, id);
        template.edit(checked.name(), checked.body(), OffsetDateTime.now(clock));
        persistence.tenant().flush();
        audit.record("experiences.template.updated", "answer-template", String.valueOf(id),
                Map.of("nom", template.getName()));
        return template;
    }

    /** Deletes the template; returns its name. */
    public String delete(long id, long version) {
        requireManagement();
        AnswerTemplate template = current(id, version);
        persistence.tenant().remove(template);
        audit.record("experiences.template.deleted", "answer-template", String.valueOf(id),
                Map.of("nom", template.getName()));
        return template.getName();
    }

    /**
     * The draft with the template's text appended after a blank line; refused (the draft unchanged) when the
     * answer would be longer than an answer may be.
     */
    public String insert(Long id, String draft) {
        requireAnyRole("Les modèles de réponse sont réservés aux agents du réseau.", Roles.AGENT);
        if (id == null) {
            throw InvalidInput.of("modele", "Choisissez un modèle de réponse dans la liste.");
        }
        AnswerTemplate template = persistence.tenant().find(AnswerTemplate.class, id);
        if (template == null) {
            throw unknown("modele");
        }
        String result = TemplateInsertion.append(draft, template.getBody());
        if (result.length() > BODY_MAX) {
            throw InvalidInput.of("modele", "Le modèle « " + template.getName() + " » n'a pas été inséré : la réponse "
                    + "dépasserait " + BODY_MAX + " caractères (" + result.length() + " avec le modèle). "
                    + "Raccourcissez votre texte ou choisissez un modèle plus court.");
        }
        return result;
    }

    private List<AnswerTemplate> all() {
        return persistence.tenant().createQuery("select t from AnswerTemplate t order by lower(t.name), t.id",
                AnswerTemplate.class).getResultList();
    }

    private AnswerTemplate current(long id, long version) {
        AnswerTemplate template = persistence.tenant().find(AnswerTemplate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template == null) {
            throw unknown("");
        }
        if (template.getVersion() != version) {
            throw InvalidInput.of("", "Ce modèle vient d'être modifié par une autre personne : rechargez la page "
                    + "pour voir sa dernière version.");
        }
        return template;
    }

    /** A template's name and text, checked and trimmed. */
    private record Checked(String name, String body) {
    }

    /** The trimmed name and body, or the problems with them. */
    private Checked check(String name, String body, Long id) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String checkedName = Inputs.requiredText(problems, "nom", name, NAME_MAX, "le nom du modèle");
        String checkedBody = Inputs.requiredText(problems, "texte", body, BODY_MAX, "le texte du modèle");
        if (!problems.has("nom") && all().stream().anyMatch(t -> !t.getId().equals(id)
                && t.getName().toLowerCase(Locale.ROOT).equals(checkedName.toLowerCase(Locale.ROOT)))) {
            problems.add("nom", "Votre réseau a déjà un modèle nommé « " + checkedName + " » : choisissez un autre nom.");
        }
        problems.throwIfAny();
        return new Checked(checkedName, checkedBody);
    }

    private static InvalidInput unknown(String field) {
        return InvalidInput.of(field, "Ce modèle de réponse n'existe pas (ou plus) dans votre réseau : rechargez la page.");
    }

    private void requireManagement() {
        requireAnyRole("La gestion des modèles de réponse est réservée aux responsables (managers) et aux "
                + "administrateurs du réseau.", Roles.MANAGER, Roles.NETWORK_ADMIN);
    }

    private void requireAnyRole(String refusal, String... roles) {
        if (user.get().isEmpty()) {
            throw new AuthenticationRequiredException();
        }
        for (String role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException(refusal);
    }
}
