package org.spplus.platform.core.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.mail.MailOutbox;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.mail.Mails;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;

/** The contact form: checks the message and sends it to the platform's team through the outbox. */
@ApplicationScoped
public class ContactMessages {

    public static final Map<String, String> SUBJECTS = Map.of(
            "experience", "Une expérience ou une réponse publiée", "account", "Mon compte",
            "accessibility", "Un problème d’accessibilité", "data", "Mes données personnelles",
            "agent", "Je suis agent d’un service public", "other", "Autre sujet");

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Transactional
    public void send(String name, String email, String subject, String message) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String n = Inputs.requiredText(problems, "name", name, 120, "votre nom");
        String e = Inputs.trimmed(email);
        if (!Inputs.isEmail(e)) {
            problems.add("email", "Indiquez une adresse électronique valide, par exemple nom@exemple.fr, pour recevoir la réponse.");
        }
        if (subject == null || !SUBJECTS.containsKey(subject)) {
            problems.add("subject", "Choisissez le sujet de votre message.");
        }
        String m = Inputs.requiredText(problems, "message", message, 4000, "votre message");
        problems.throwIfAny();
        outbox.enqueue(mails.compose(settings.get(CoreSetting.CONTACT_ADDRESS), "contact",
                new Object[] {SUBJECTS.get(subject)}, n, e, SUBJECTS.get(subject), m));
        audit.record("contact.message", "contact", subject);
    }
}
