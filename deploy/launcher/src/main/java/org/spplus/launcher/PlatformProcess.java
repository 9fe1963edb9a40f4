package org.spplus.launcher;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Payara Micro running the platform's WAR in a child process, its log kept in a file. */
final class PlatformProcess implements AutoCloseable {

    /** What readiness said. */
    record Readiness(int status, String body) {
        boolean up() {
            // the platform's own "startup" check must be there: without the application, readiness is empty
            return status == 200 && Pattern.compile("^\\s*\\{\\s*\"status\"\\s*:\\s*\"UP\"").matcher(body).find()
                    && Pattern.compile("\"name\"\\s*:\\s*\"startup\"").matcher(body).find();
        }

        boolean refused() {
            return Pattern.compile("\"phase\"\\s*:\\s*\"REFUSED\"").matcher(body).find();
        }

        List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            Matcher m = Pattern.compile("\"(?:reason|problem)-\\d+\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            while (m.find()) {
                reasons.add(m.group(1).replace("\\\"", "\"").replace("\\n", "\n"));
            }
            return reasons;
        }
    }

    private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[;\\d]*m");

    private static final Pattern CONSOLE_NOISE = Pattern.compile(
            "^\\[[^]]*] \\[[^]]*] |\\[tid: [^]]*] |\\[timeMillis: [^]]*] |\\[levelValue: [^]]*] ");

    private final Process process;
    private volatile boolean deploymentFailed;
    private volatile boolean knownBootRace;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PlatformProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static PlatformProcess start(LauncherSettings settings, Map<String, String> environment) throws IOException {
        Path logs = settings.dataDirectory().resolve("logs");
        Path tmp = settings.dataDirectory().resolve("tmp");
        Files.createDirectories(logs);
        Files.createDirectories(tmp);
        Path log = logs.resolve("platform.log");
        if (Files.exists(log)) {
            Files.move(log, logs.resolve("platform.previous.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path root = settings.dataDirectory().resolve("payara");
        clearExceptRuntime(root); // its domain.xml would deploy the previous build once more
        Path micro = settings.runtimeDirectory().resolve("payara-micro.jar");
        Path war = settings.runtimeDirectory().resolve("spplus.war");
        for (Path required : List.of(micro, war)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException("Fichier introuvable : " + required
                        + " (construisez d'abord la plateforme : ./mvnw -Prun package)");
            }
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms96m", "-Xmx" + settings.heap(), "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=320m",
                "-XX:ReservedCodeCacheSize=128m", "-Xss512k",
                "-Djava.io.tmpdir=" + tmp,
                "-Dfile.encoding=UTF-8",
                "-jar", micro.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(settings.httpPort()),
                "--nocluster",
                "--disablephonehome",
                "--rootdir", root.toString(),
                "--prebootcommandfile", prebootCommands(war, tmp).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        PlatformProcess platform = new PlatformProcess(process, log, settings.httpPort());
        Thread pump = new Thread(platform::pumpLog, "platform-log");
        pump.setDaemon(true);
        pump.start();
        return platform;
    }

    /** The asadmin commands the WAR asks Payara Micro to run before it boots ({@code WEB-INF/payara-preboot.asadmin}). */
    private static Path prebootCommands(Path war, Path tmp) throws IOException {
        Path file = tmp.resolve("payara-preboot.asadmin");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(war.toFile())) {
            java.util.zip.ZipEntry entry = zip.getEntry("WEB-INF/payara-preboot.asadmin");
            if (entry == null) {
                throw new IllegalStateException(war + " ne contient pas WEB-INF/payara-preboot.asadmin");
            }
            try (java.io.InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return file;
    }

    /**
     * Empties Payara Micro's root folder but for its unpacked runtime: the previous domain and
     * deployment go (else the previous build would be deployed once more), the 100 MB of runtime jars
     * stay (unpacking them again costs seconds at every start).
     */
    private static void clearExceptRuntime(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var children = Files.list(root)) {
            for (Path child : children.toList()) {
                if (!child.getFileName().toString().equals("runtime")) {
                    deleteRecursively(child);
                }
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Copies the server's output to the log file, and its warnings and errors to the console. */
    private void pumpLog() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            boolean echo = false;
            while ((line = in.readLine()) != null) {
                line = ANSI_COLOUR.matcher(line).replaceAll("");
                deploymentFailed |= saysDeploymentFailed(line);
                knownBootRace |= saysKnownBootRace(line);
                out.write(line);
                out.newLine();
                out.flush();
                if (line.startsWith("[")) {
                    echo = line.contains("] [SEVERE] [")
                            || (line.contains("] [WARNING] [") && line.contains("[org.spplus."));
                    if (echo) {
                        System.out.println("  ! " + CONSOLE_NOISE.matcher(line).replaceAll(""));
                    }
                } else if (echo && !line.isBlank() && !line.startsWith("\tat ")) {
                    System.out.println("    " + line.trim());
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    static boolean saysDeploymentFailed(String line) {
        return line.contains("Exception while deploying the app") || line.contains("Exception while loading the app");
    }

    /** Payara's security service could not install its policy provider: the starting thread had no class loader. */
    static boolean saysKnownBootRace(String line) {
        return line.contains("NCLS-SECURITY-01144") && line.contains("getContextClassLoader()\" is null");
    }

    Readiness readiness() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Readiness(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Readiness(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Readiness(0, "");
        }
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 ? response.body() : "";
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Whether the server said it could not deploy the application (it then stays up, empty). */
    boolean deploymentFailed() {
        return deploymentFailed;
    }

    /**
     * Whether the deployment failed on Payara Micro's own start-up race: its security service was started on
     * a thread without a context class loader (seen once in CI, not reproduced on demand), which has nothing
     * to do with the application; a new start deploys it.
     */
    boolean failedOnKnownBootRace() {
        return deploymentFailed && knownBootRace;
    }

    boolean alive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Asks the server to stop (it finishes its requests and undeploys), and waits; forces it after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
