package org.spplus.plugin.experiences.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.template.entity.AnswerTemplate;

/** Writes the demo answer templates of the current network, in a transaction of its own, if it has none. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DemoTemplatesWork {

    /** A demo template: its name and its text. */
    record Sample(String name, String body) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("Remerciement pour un retour positif",
                    "Bonjour,\n\nMerci d'avoir pris le temps de partager votre expérience. Nous avons transmis vos "
                            + "remerciements à l'équipe qui vous a accompagné : ce type de retour l'encourage à "
                            + "poursuivre dans cette voie."),
            new Sample("Excuses pour un délai de traitement",
                    "Bonjour,\n\nNous vous prions de nous excuser pour le délai que vous avez subi. Votre témoignage "
                            + "a été partagé avec le service concerné, qui revoit actuellement l'organisation du "
                            + "traitement des dossiers pour réduire ces délais.\n\nPour toute question sur votre "
                            + "situation personnelle, vous pouvez nous contacter depuis votre espace en ligne : nous "
                            + "ne pouvons pas traiter de dossier individuel sur cette plateforme."),
            new Sample("Orientation vers un rendez-vous",
                    "Bonjour,\n\nMerci pour votre message. Pour examiner votre situation avec vous, un conseiller peut "
                            + "vous recevoir sur rendez-vous : vous pouvez le prendre depuis votre espace en ligne ou "
                            + "par téléphone. Pensez à vous munir des pièces justificatives utiles."));

    @Inject
    Persistence persistence;

    @Inject
    Clock clock;

    /** Writes the samples if the current network has no template; returns how many were written. */
    public int loadIfNone() {
        EntityManager em = persistence.tenant();
        if (em.createQuery("select count(t) from AnswerTemplate t", Long.class).getSingleResult() > 0) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        SAMPLES.forEach(sample -> em.persist(new AnswerTemplate(sample.name(), sample.body(), now)));
        return SAMPLES.size();
    }
}
