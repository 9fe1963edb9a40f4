package org.spplus.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The demo's mail: a mail server inside the launcher receives what the platform sends, and a page of its own lists
 * it, newest first, with its links (confirmation of an e-mail address, follow-up of a story, notifications to agents),
 * so that a newcomer can walk every path of the demo without a mail server. Both listen on the loopback only; the
 * mail is kept in memory until the launcher stops.
 */
final class DemoMailbox implements AutoCloseable {

    /** The page shows this many mails at most (the newest). */
    static final int SHOWN = 200;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm:ss", Locale.FRANCE)
            .withZone(ZoneId.systemDefault());

    private final GreenMail smtp;
    private final HttpServer page;

    private DemoMailbox(GreenMail smtp, HttpServer page) {
        this.smtp = smtp;
        this.page = page;
    }

    /** Starts the mail server and the page; an occupied port is an {@link IOException} naming it. */
    static DemoMailbox start(int smtpPort, int pagePort) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer page;
        try {
            page = HttpServer.create(new InetSocketAddress(loopback, pagePort), 16);
        } catch (IOException e) {
            throw new IOException("port " + pagePort + " : " + e.getMessage(), e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, loopback.getHostAddress(), ServerSetup.PROTOCOL_SMTP));
        try {
            smtp.start();
        } catch (RuntimeException e) {
            page.stop(0);
            throw new IOException("port " + smtpPort + " : " + e.getMessage(), e);
        }
        DemoMailbox mailbox = new DemoMailbox(smtp, page);
        page.createContext("/", mailbox::handle);
        page.start();
        return mailbox;
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    String address() {
        return "http://localhost:" + page.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        int status;
        if (!exchange.getRequestURI().getPath().equals("/")) {
            status = 404;
            body = page("Page introuvable", "<p>Cette page n'existe pas. <a href=\"/\">Voir les courriels</a></p>");
        } else {
            status = 200;
            body = page("Courriels envoyés par la plateforme", list());
        }
        exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String list() {
        MimeMessage[] received = smtp.getReceivedMessages();
        StringBuilder html = new StringBuilder()
                .append("<p>Démonstration : le lanceur reçoit ici le courrier de la plateforme à la place d'un serveur ")
                .append("de courrier, et le garde en mémoire jusqu'à son arrêt. Les plus récents d'abord")
                .append(received.length > SHOWN ? " (les " + SHOWN + " derniers sur " + received.length + ")" : "")
                .append(". <a href=\"/\">Actualiser</a></p>");
        if (received.length == 0) {
            return html.append("<p id=\"aucun\">Aucun courriel pour l'instant.</p>").toString();
        }
        html.append("<p id=\"nombre\">").append(received.length).append(received.length == 1 ? " courriel reçu." : " courriels reçus.")
                .append("</p>");
        for (int i = received.length - 1; i >= Math.max(0, received.length - SHOWN); i--) {
            html.append(message(received[i], i + 1));
        }
        return html.toString();
    }

    private static String message(MimeMessage message, int number) {
        try {
            String subject = Optional.ofNullable(message.getSubject()).orElse("(sans objet)");
            String to = Optional.ofNullable(message.getAllRecipients()).map(all -> Arrays.stream(all)
                    .map(Address::toString).collect(Collectors.joining(", "))).orElse("");
            Date sent = message.getSentDate();
            return "<article id=\"courriel-" + number + "\"><h2>" + escape(subject) + "</h2><p>À : " + escape(to)
                    + (sent == null ? "" : " — " + WHEN.format(sent.toInstant())) + "</p><pre>"
                    + withLinks(text(message).orElse("(courriel sans texte)")) + "</pre></article>";
        } catch (MessagingException | IOException e) {
            return "<article id=\"courriel-" + number + "\"><p>Courriel illisible : " + escape(e.getMessage()) + "</p></article>";
        }
    }

    /** The plain text of a mail: the platform always writes one, beside its HTML version when it has one. */
    private static Optional<String> text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                Optional<String> text = text(parts.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    /** The text, escaped, its web addresses made links. */
    static String withLinks(String text) {
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            html.append(escape(text.substring(from, link.start())));
            String url = escape(link.group());
            html.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            from = link.end();
        }
        return html.append(escape(text.substring(from))).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static byte[] page(String title, String content) {
        return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " – Services Publics+ (démonstration)</title>"
                + "<style>body{font-family:Marianne,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                + "color:#161616}article{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1.2rem}"
                + "pre{white-space:pre-wrap;font-family:inherit;background:#f6f6f6;padding:1rem}a{color:#000091}</style>"
                + "</head><body><main role=\"main\" id=\"contenu\"><h1>" + title + "</h1>" + content
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        page.stop(0);
        smtp.stop();
    }
}
