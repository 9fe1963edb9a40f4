package org.spplus.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The launcher run as a newcomer or an operator runs it: a process, its console output, its HTTP port. */
final class LaunchedPlatform implements AutoCloseable {

    private final Process process;
    private final int port;
    private final List<String> output = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private LaunchedPlatform(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // process ended
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }

    static LaunchedPlatform start(Path dataDir, int port, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", System.getProperty("spplus.launcher.jar")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PLATFORM_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PLATFORM_LAUNCHER_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        return new LaunchedPlatform(builder.start(), port);
    }

    String console() {
        return String.join("\n", output);
    }

    boolean waitForExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    int exitCode() {
        return process.exitValue();
    }

    /** The platform's base URL (ends with "/"). */
    java.net.URL base() throws java.net.MalformedURLException {
        return URI.create("http://localhost:" + port + "/").toURL();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits until a GET answers with the status, or fails with the console output. */
    HttpResponse<String> awaitStatus(String path, int status, long seconds) throws Exception {
        return await(path, status, "", seconds);
    }

    /** Waits until a GET answers with the status and a body containing the text. */
    HttpResponse<String> await(String path, int status, String text, long seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path);
                if (last.statusCode() == status && last.body().contains(text)) {
                    return last;
                }
            } catch (IOException notYetListening) {
                // starting
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No " + status + " from " + path + " (last: " + (last == null ? "none" : last.statusCode()
                + " " + last.body()) + ")\n" + console());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
