package org.spplus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The demo's mailbox: a real SMTP server and its page, driven as the platform and a newcomer would. */
class DemoMailboxTest {

    @Test
    void mailSentToItIsListedNewestFirstWithItsLinksAndNothingOfItInterpreted() throws Exception {
        try (DemoMailbox mailbox = DemoMailbox.start(freePort(), freePort())) {
            assertThat(get(mailbox.address()).body()).contains("Aucun courriel pour l'instant");

            send(mailbox.smtpPort(), "citoyen@example.fr", "Confirmez votre adresse",
                    "Bonjour,\nconfirmez ici : http://localhost:8080/experiences/suivi?cle=abc&x=1\nMerci.", null);
            send(mailbox.smtpPort(), "agent@caf.example.fr", "Nouvelle expérience <script>alert(1)</script>",
                    "Une expérience arrive dans votre bannette.", "<p>Une expérience <b>arrive</b></p>");

            HttpResponse<String> page = get(mailbox.address());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'"));
            String html = page.body();
            assertThat(html).contains("2 courriels reçus.")
                    .contains("À : citoyen@example.fr")
                    .contains("<a href=\"http://localhost:8080/experiences/suivi?cle=abc&amp;x=1\">")
                    .contains("Nouvelle expérience &lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>")
                    .contains("Une expérience arrive dans votre bannette.") // the text part, not the HTML one
                    .doesNotContain("<b>arrive</b>");
            assertThat(html.indexOf("courriel-2")).as("newest first").isLessThan(html.indexOf("courriel-1"));

            assertThat(get(mailbox.address() + "autre").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aTakenPortIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> DemoMailbox.start(freePort(), taken.getLocalPort()).close())
                    .isInstanceOf(IOException.class).hasMessageContaining("port " + taken.getLocalPort());
        }
    }

    private static void send(int port, String to, String subject, String text, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("ne-pas-repondre@example.fr"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
