package org.spplus.platform.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.spplus.platform.api.web.PublicLinks;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.spplus.platform.api.mail.OutgoingMail;

/** The core's mails, written from the templates bundle, with links on the platform's public address. */
@ApplicationScoped
public class Mails {

    private static final String BUNDLE = "org.spplus.platform.core.mail.templates";

    @Inject
    PublicLinks links;

    /** An absolute link to a path of the platform. */
    public String link(String path) {
        return links.absolute(path);
    }

    /** A text mail from the templates {@code <key>.subject} and {@code <key>.body}, plus the signature. */
    public OutgoingMail compose(String to, String key, Object[] subjectArgs, Object... bodyArgs) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, Mails.class.getClassLoader());
        String subject = new MessageFormat(bundle.getString(key + ".subject"), Locale.FRENCH).format(subjectArgs);
        String body = new MessageFormat(bundle.getString(key + ".body"), Locale.FRENCH).format(bodyArgs)
                + bundle.getString("signature");
        return OutgoingMail.text(to, subject, body);
    }
}
