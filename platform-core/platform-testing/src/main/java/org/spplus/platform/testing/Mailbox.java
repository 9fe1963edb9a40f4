package org.spplus.platform.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mails the test SMTP server received, as a person reads them in their mailbox. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** A mail as received: to whom, its subject and its text. */
    public record Mail(String to, String subject, String text) {

        /** The first link in the text whose path starts with {@code pathStart} (below the context root). */
        public URI link(String pathStart) {
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                URI uri = URI.create(m.group().replaceAll("[.,;)]+$", ""));
                String path = uri.getPath().replaceFirst("^/" + TestEnvironment.CONTEXT_ROOT, "");
                if (path.startsWith(pathStart)) {
                    return uri;
                }
            }
            throw new AssertionError("No link to " + pathStart + " in the mail \"" + subject + "\":\n" + text);
        }
    }

    private Mailbox() {
    }

    /** Waits up to 30 s for the newest mail to {@code to} whose subject contains {@code subjectPart}. */
    public static Mail await(String to, String subjectPart) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            Optional<Mail> found = newest(to, subjectPart);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + to + " with \"" + subjectPart + "\" in its subject within 30 s");
    }

    /** How many mails {@code to} received so far. */
    public static long countTo(String to) {
        GreenMail smtp = TestEnvironment.get().smtp();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, to)).count();
    }

    private static Optional<Mail> newest(String to, String subjectPart) {
        MimeMessage[] received = TestEnvironment.get().smtp().getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            MimeMessage message = received[i];
            try {
                if (addressedTo(message, to) && message.getSubject() != null && message.getSubject().contains(subjectPart)) {
                    return Optional.of(new Mail(to, message.getSubject(), text(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    private static boolean addressedTo(MimeMessage message, String to) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().toLowerCase(java.util.Locale.ROOT).contains(to.toLowerCase(java.util.Locale.ROOT)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part (mails are text, or text and HTML alternatives). */
    private static String text(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return part.isMimeType("text/html") ? null : s;
            }
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
