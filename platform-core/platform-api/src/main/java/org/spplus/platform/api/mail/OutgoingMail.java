package org.spplus.platform.api.mail;

import java.util.Objects;

/**
 * A mail to send.
 *
 * @param to       recipient address
 * @param subject  subject line
 * @param textBody plain-text body (always sent)
 * @param htmlBody optional HTML alternative, or {@code null}
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
    }

    public static OutgoingMail text(String to, String subject, String body) {
        return new OutgoingMail(to, subject, body, null);
    }
}
