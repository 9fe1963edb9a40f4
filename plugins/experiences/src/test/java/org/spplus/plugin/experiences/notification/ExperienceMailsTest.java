package org.spplus.plugin.experiences.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.spplus.platform.api.mail.OutgoingMail;

/** The mails as citizens and agents read them: every template, its signature, its parts. */
class ExperienceMailsTest {

    @Test
    void everyMailReadsWithSingleApostrophesAndEndsWithTheSignature() {
        ResourceBundle templates = ResourceBundle.getBundle("org.spplus.plugin.experiences.notification.mails");
        int mails = 0;
        for (String key : templates.keySet()) {
            if (!key.endsWith(".subject")) {
                continue;
            }
            String template = key.substring(0, key.length() - ".subject".length());
            OutgoingMail mail = ExperienceMails.compose("usager@exemple.fr", template,
                    new Object[] {"L'accueil", "https://exemple.fr/suivi", "la Caf du Gard", "d", "e", "f"});
            assertThat(mail.subject()).as(template).doesNotContain("''");
            assertThat(mail.textBody()).as(template).doesNotContain("''")
                    .endsWith("\n\n--\nL'équipe Services Publics+\nCe message est envoyé automatiquement, merci de ne pas y répondre.");
            mails++;
        }
        assertThat(mails).isGreaterThanOrEqualTo(10);
        assertThat(ExperienceMails.compose("usager@exemple.fr", "rewrite", new Object[] {"Titre", "https://x", "", "m"})
                .textBody()).contains("L'équipe de modération vous propose").contains("pour qu'elle respecte");
    }

    @Test
    void aPartOfAMailIsFormattedLikeTheMailItself() {
        assertThat(new ExperienceMails().text("published.light")).startsWith(", après de légères corrections")
                .doesNotContain("''");
    }
}
