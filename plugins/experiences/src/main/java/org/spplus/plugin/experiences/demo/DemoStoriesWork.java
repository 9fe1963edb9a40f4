package org.spplus.plugin.experiences.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.moderation.control.StoryPublication;
import org.spplus.plugin.experiences.network.NetworkUnits;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.entity.ChannelFeeling;
import org.spplus.plugin.experiences.story.entity.ModerationOutcome;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryContent;
import org.spplus.plugin.experiences.story.entity.StoryProcedure;
import org.spplus.plugin.experiences.story.entity.StoryTarget;

/** Writes the demo stories, in one transaction, if there is no story yet. */
@ApplicationScoped
@Transactional
public class DemoStoriesWork {

    /** A demo story: where it goes, what it says, and whether the moderation already published it. */
    record Sample(String tenantId, String unitCode, String title, String body, Feeling feeling, String channel,
                  String procedure, boolean published) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("caf", "caf-30-accueil-nimes", "Un accueil très patient pour ma prime d'activité",
                    "Je suis venue à l'accueil de Nîmes sans rendez-vous pour comprendre pourquoi ma prime d'activité "
                            + "avait baissé. La personne a pris le temps de refaire le calcul avec moi et de m'expliquer "
                            + "les ressources à déclarer. Je suis repartie rassurée.", Feeling.POSITIF, "accueil-physique",
                    "caf-prime-activite", true),
            new Sample("caf", "caf-30-accueil-nimes", "Trois mois sans APL après mon déménagement",
                    "Après mon déménagement dans le Gard, mes aides au logement ont été suspendues. J'ai envoyé deux "
                            + "fois les mêmes pièces par le site. Personne ne m'a dit ce qui manquait.", Feeling.NEGATIF,
                    "site-internet", "caf-apl", true),
            new Sample("dgfip", "dgfip-sip-nimes", "Le prélèvement à la source enfin compris",
                    "Le conseiller du service des impôts m'a montré comment modifier mon taux après la naissance de "
                            + "mon fils. Simple et rapide.", Feeling.POSITIF, "accueil-physique",
                    "dgfip-prelevement-source", true),
            new Sample("dgfip", "dgfip-sip-nimes", "Impossible de joindre le service des impôts par téléphone",
                    "J'ai appelé plusieurs jours de suite pour une question sur ma taxe foncière : toujours occupé. "
                            + "La messagerie de l'espace particulier m'a finalement répondu en dix jours.", Feeling.NEGATIF,
                    "telephone", null, true),
            new Sample("assurance-maladie", "cpam-30-accueil-nimes", "Carte Vitale perdue, remplacée en une semaine",
                    "J'ai signalé la perte sur mon compte en ligne et reçu la nouvelle carte chez moi en une semaine. "
                            + "Très efficace.", Feeling.POSITIF, "site-internet", "am-carte-vitale", true),
            new Sample("assurance-maladie", "cpam-30-accueil-nimes", "Indemnités journalières versées avec deux mois de retard",
                    "Mon arrêt de travail a été transmis par mon médecin, mais les indemnités sont arrivées deux mois "
                            + "plus tard, sans explication.", Feeling.NEGATIF, "telephone", "am-indemnites-journalieres", true),
            new Sample("france-travail", "ft-agence-nimes-courbessac", "Actualisation impossible sur l'application",
                    "Le dernier jour de l'actualisation, l'application affichait une erreur. Au téléphone, on m'a "
                            + "aidé à la faire, heureusement.", Feeling.NEUTRE, "application-mobile",
                    "ft-actualisation-mensuelle", true),
            new Sample("ants", "ants-cert-nimes-permis", "Demande de permis bloquée depuis trois mois",
                    "Ma demande de permis de conduire est « en cours d'instruction » depuis trois mois et je ne sais "
                            + "pas quoi faire.", Feeling.NEGATIF, "site-internet", "ants-permis-conduire", true),
            new Sample("gendarmerie", "gend-cob-uzes", "Pré-plainte en ligne puis accueil rapide à la brigade",
                    "Après un cambriolage, j'ai fait une pré-plainte en ligne. Le rendez-vous à la brigade d'Uzès a "
                            + "été fixé dès le lendemain et les gendarmes ont été très humains.", Feeling.POSITIF,
                    "accueil-physique", "gn-pre-plainte", true),
            new Sample("caf", "caf-30-accueil-nimes", "Mon dossier est bloqué, appelez-moi",
                    "Mon dossier de prime est bloqué depuis des semaines. Appelez-moi au 06 12 34 56 78, je m'appelle "
                            + "Monique Durand.", Feeling.NEGATIF, "telephone", "caf-prime-activite", false),
            new Sample("dgfip", "dgfip-sip-nimes", "Attente interminable à l'accueil",
                    "Deux heures d'attente au guichet, ces abrutis ne savent pas s'organiser.", Feeling.NEGATIF,
                    "accueil-physique", null, false),
            new Sample("assurance-maladie", "cpam-30-accueil-nimes", "Un rendez-vous qui a tout débloqué",
                    "Un conseiller m'a rappelé après ma demande en ligne et a réglé mon problème de remboursement "
                            + "en un appel.", Feeling.POSITIF, "telephone", null, false));

    @Inject
    Persistence persistence;

    @Inject
    TenantCatalog tenants;

    @Inject
    NetworkUnits units;

    @Inject
    ProcedureCatalogue procedures;

    @Inject
    PeopleDirectory people;

    @Inject
    StoryPublication publication;

    @Inject
    Clock clock;

    /** Loads the demo stories if there is no story at all; returns how many were written. */
    public int loadIfNone() {
        EntityManager em = persistence.platform();
        if (em.createQuery("select count(s) from Story s", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Optional<Person> moderator = people.withPlatformRole(Roles.MODERATOR).stream().findFirst();
        int written = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            if (!tenants.enables(sample.tenantId(), ExperiencesPlugin.ID)) {
                continue;
            }
            Optional<OrgUnitView> unit = units.byCode(sample.tenantId(), sample.unitCode());
            List<StoryProcedure> named = new ArrayList<>();
            if (sample.procedure() != null) {
                procedures.byCode(sample.procedure()).ifPresent(p -> named.add(new StoryProcedure(p.code(), p.label(),
                        sample.tenantId())));
            }
            OffsetDateTime written0 = now.minusDays(SAMPLES.size() - i);
            Story story = new Story(new StoryContent(sample.title(), sample.body(), AuthorKind.PARTICULIER,
                    sample.feeling(), "30", "30000",
                    List.of(new StoryTarget(sample.tenantId(), unit.map(OrgUnitView::id).orElse(null),
                            unit.map(OrgUnitView::name).orElse(null))),
                    List.of(new ChannelFeeling(sample.channel(), sample.feeling())), named, "portail", null),
                    "demo-" + i, written0);
            story.byEmail("usager.demo" + i + "@exemple.fr");
            story.confirmEmail(written0);
            em.persist(story);
            em.flush();
            if (sample.published() && moderator.isPresent()) {
                publication.publish(story, ModerationOutcome.AS_IS, story.getTitle(), story.getBody(), null,
                        moderator.get().accountId());
            }
            written++;
        }
        return written;
    }
}
