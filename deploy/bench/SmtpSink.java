import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's mail server: a real SMTP server on the loopback that accepts every message and keeps none,
 * so that the platform's outbox sends its mail as it would in production (a test double that answers at once,
 * where a mail server that logs every line would slow the sender down). Writes the number of messages received
 * to the given file every second.
 *
 * <pre>java deploy/bench/SmtpSink.java 2525 /tmp/received.txt</pre>
 */
public class SmtpSink {

    private static final AtomicLong RECEIVED = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path counter = Path.of(args[1]);
        Thread writer = new Thread(() -> {
            while (true) {
                try {
                    Files.writeString(counter, RECEIVED.get() + "\n");
                    Thread.sleep(1000);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "counter");
        writer.setDaemon(true);
        writer.start();
        try (ServerSocket server = new ServerSocket(port, 64, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "smtp");
                session.setDaemon(true);
                session.start();
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 localhost SMTP sink");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message is read and dropped
                        }
                        RECEIVED.incrementAndGet();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // HELO, MAIL, RCPT, RSET, NOOP
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
