package org.spplus.platform.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;
import org.spplus.platform.api.mail.OutgoingMail;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;

/** Talks SMTP with Jakarta Mail (the server's Angus Mail), one connection for a batch of mails. */
@ApplicationScoped
public class SmtpMailer {

    @Inject
    Settings settings;

    /** An open SMTP connection; close it when the batch is done. */
    public final class Connection implements AutoCloseable {
        private final Session session;
        private final Transport transport;

        private Connection(Session session, Transport transport) {
            this.session = session;
            this.transport = transport;
        }

        public void send(OutgoingMail mail) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(InternetAddress.parse(settings.get(CoreSetting.MAIL_FROM))[0]);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(new Date());
            if (mail.htmlBody() == null) {
                message.setText(mail.textBody(), "UTF-8");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.textBody(), "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(mail.htmlBody(), "text/html; charset=UTF-8");
                Multipart alternative = new MimeMultipart("alternative");
                alternative.addBodyPart(text);
                alternative.addBodyPart(html);
                message.setContent(alternative);
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is going away anyway
            }
        }
    }

    /** The mail session, built once from the settings (building one reads the providers from the class path). */
    private volatile Session session;

    public Connection connect() throws MessagingException {
        Session session = session();
        Transport transport = session.getTransport("smtp");
        if (settings.get(CoreSetting.MAIL_SMTP_USER).isBlank()) {
            transport.connect();
        } else {
            transport.connect(settings.get(CoreSetting.MAIL_SMTP_USER), settings.get(CoreSetting.MAIL_SMTP_PASSWORD));
        }
        return new Connection(session, transport);
    }

    private Session session() {
        Session built = session;
        if (built != null) {
            return built;
        }
        Properties props = new Properties();
        String timeout = settings.get(CoreSetting.MAIL_SMTP_TIMEOUT_MS);
        String user = settings.get(CoreSetting.MAIL_SMTP_USER);
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.get(CoreSetting.MAIL_SMTP_HOST));
        props.put("mail.smtp.port", settings.get(CoreSetting.MAIL_SMTP_PORT));
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        props.put("mail.smtp.auth", String.valueOf(!user.isBlank()));
        if (settings.getBoolean(CoreSetting.MAIL_SMTP_STARTTLS)) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        built = Session.getInstance(props);
        session = built;
        return built;
    }
}
