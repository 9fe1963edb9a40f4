package org.spplus.plugin.experiences.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.spplus.platform.api.mail.MailOutbox;
import org.spplus.platform.api.mail.OutgoingMail;
import org.spplus.platform.api.web.PublicLinks;

/** The plugin's mails, written from the templates in {@code mails.properties} and queued in the outbox. */
@ApplicationScoped
public class ExperienceMails {

    private static final String BUNDLE = "org.spplus.plugin.experiences.notification.mails";

    @Inject
    MailOutbox outbox;

    @Inject
    PublicLinks links;

    /**
     * Queues the mail {@code key} in the current transaction.
     *
     * @param link a path below the context path, put in the body as {1} (absolute)
     * @param args the title as {0}, then the template's other arguments as {2}, {3}…
     */
    public void send(String to, String key, String title, String link, Object... args) {
        sendWithAbsoluteLink(to, key, title, links.absolute(link), args);
    }

    /** Like {@link #send}, with a link already absolute. */
    public void sendWithAbsoluteLink(String to, String key, String title, String absoluteLink, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = title;
        all[1] = absoluteLink;
        System.arraycopy(args, 0, all, 2, args.length);
        outbox.enqueue(compose(to, key, all));
    }

    /** Like {@link #send}, with a link to a page of the network's back office ({@code path} below {@code /t/<network>}). */
    public void sendBackOffice(String to, String key, String title, String tenantId, String path, Object... args) {
        sendWithAbsoluteLink(to, key, title, links.backOffice(tenantId, path), args);
    }

    /** The subject the template gives, for a digest line. */
    public String subject(String key, String title, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = title;
        all[1] = "";
        System.arraycopy(args, 0, all, 2, args.length);
        return compose("-", key, all).subject();
    }

    /** A text from the templates (for a part of a mail, such as {@code published.light}). */
    public String text(String key) {
        return format(bundle(), key);
    }

    static OutgoingMail compose(String to, String key, Object[] args) {
        ResourceBundle bundle = bundle();
        return OutgoingMail.text(to, format(bundle, key + ".subject", args),
                format(bundle, key + ".body", args) + format(bundle, "signature"));
    }

    /** Every text of the templates is a message format (its quotes doubled), even without anything to fill in. */
    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.FRENCH).format(args);
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ExperienceMails.class.getClassLoader());
    }
}
