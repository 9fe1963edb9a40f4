import java.io.IOException;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the "Je donne mon avis" wizard: each submission is a new visitor (no cookie) who walks the three
 * steps as a browser with JavaScript does — opens the wizard, writes a story (step 1), chooses a network, ticks the
 * first procedure suggested from the story, ticks a contact channel with its feeling and a département (step 2),
 * gives an e-mail address and a postal code, accepts the charter and sends (step 3). One page read, then the
 * three steps sent as the page's script sends them: every field as JSON to /experiences/assistant, which answers
 * with the step to show (and the procedures of step 2). The saves while typing, which the script sends when a
 * field changes and a pause follows, are not sent (a visitor who types then clicks sends none).
 *
 * <pre>java deploy/bench/WizardLoad.java http://localhost:18080 2000 16 caf run-42 [warm-up submissions]</pre>
 *
 * The warm-up submissions (default 20) come first, in the same process and at the same concurrency, so that both
 * the server and this load generator have compiled their code when the measured ones start. Prints one line:
 * RESULT submissions=… failed=… seconds=… per_second=… p50=… p95=… (milliseconds per whole submission)
 * load_cpu_ms=… (this process's CPU time per measured submission: what the load itself takes from the machine's
 * cores, which it shares with the server). The e-mail addresses are {@code bench-<run>-<n>@exemple.fr} (warm-up:
 * {@code bench-<run>-w<n>@exemple.fr}), so that the caller can count in the database that none was lost.
 */
public class WizardLoad {

    private static final Pattern FIRST_PROCEDURE = Pattern.compile("\"procedures\":\\[\\{\"chosen\":(?:true|false),\"code\":\"([^\"]+)\"");
    private static final Pattern STEP = Pattern.compile("\"step\":(\\d)");
    private static final String[] FEELINGS = {"positif", "neutre", "negatif"};
    private static final String[] STORIES = {
        "J'ai attendu quarante minutes au téléphone pour mon dossier, puis la communication a été coupée. "
            + "J'ai dû rappeler le lendemain et tout réexpliquer.",
        "L'agent d'accueil a pris le temps de vérifier mes pièces justificatives et m'a donné un rendez-vous "
            + "la semaine suivante. Tout a été réglé en une seule visite.",
        "Le formulaire en ligne affiche une erreur à la dernière étape et il faut tout recommencer. "
            + "Le courrier reçu ensuite ne dit pas quelle pièce manque."};

    /** An answer: its status, its cookies, where it redirects, its body. */
    private record Answer(int status, List<String> cookies, String location, String body) {
    }
    private final String base;
    private final String network;

    WizardLoad(String base, String network) {
        this.base = base;
        this.network = network;
    }

    public static void main(String[] args) throws Exception {
        // HTTP/1.1 with keep-alive, as browsers speak it over plain HTTP: the JDK's plain connection keeps one
        // connection per visitor thread (its default keeps five per server), and costs the load little CPU
        System.setProperty("http.maxConnections", "64");
        String base = args[0];
        int total = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        String network = args[3];
        String run = args[4];
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        WizardLoad load = new WizardLoad(base, network);
        Pass warm = load.pass(run, "w", warmUp, concurrency); // not counted (addresses bench-<run>-w<n>)
        if (warm.failed() > 0) {
            System.err.println(warm.failed() + " warm-up submissions failed");
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        Pass measured = load.pass(run, "", total, concurrency);
        double cpuMillis = (os.getProcessCpuTime() - cpu0) / 1e6;
        long[] millis = measured.millis();
        Arrays.sort(millis);
        int done = total - measured.failed();
        System.out.printf(java.util.Locale.ROOT,
                "RESULT submissions=%d failed=%d seconds=%.1f per_second=%.1f p50=%d p95=%d load_cpu_ms=%.2f%n",
                done, measured.failed(), measured.seconds(), done / measured.seconds(),
                millis[total / 2], millis[(int) (total * 0.95)], cpuMillis / Math.max(1, total));
    }

    /** A pass of submissions: how many failed, how long it took, and how long each took (milliseconds). */
    private record Pass(int failed, double seconds, long[] millis) {
    }

    /** {@code count} new visitors, {@code concurrency} at a time; their addresses are bench-<run>-<prefix><n>. */
    Pass pass(String run, String prefix, int count, int concurrency) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] millis = new long[count];
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            pool.execute(() -> {
                int n;
                while ((n = next.getAndIncrement()) < count) {
                    long s = System.nanoTime();
                    try {
                        submit(run, prefix + n, n);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (errors.size() < 5) {
                            errors.add(e.toString());
                        }
                    }
                    millis[n] = (System.nanoTime() - s) / 1_000_000;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        errors.forEach(e -> System.err.println("failed: " + e));
        return new Pass(failed.get(), (System.nanoTime() - t0) / 1e9, millis);
    }

    /** One visitor's whole wizard; throws unless the last answer says the story was sent. */
    void submit(String run, String id, int n) throws IOException, InterruptedException {
        Map<String, String> cookies = new LinkedHashMap<>();
        String page = get("/experiences/deposer", cookies);
        if (!page.contains("data-etapes=")) {
            throw new IllegalStateException("not the wizard's page");
        }
        String story = "\"title\":" + json("Mon expérience n° " + id) + ",\"body\":" + json(STORIES[n % STORIES.length])
                + ",\"authorKind\":\"particulier\",\"feeling\":\"" + FEELINGS[n % 3] + "\"";
        String answer = post(cookies, "{\"action\":\"suivant\",\"step\":1," + story + "}");
        expectStep(answer, 2);
        Matcher suggested = FIRST_PROCEDURE.matcher(answer); // ticks the first procedure suggested from the story
        String context = story + ",\"networks\":[\"" + network + "\"],\"procedures\":["
                + (suggested.find() ? "\"" + suggested.group(1) + "\"" : "") + "],\"channels\":[{\"code\":\"telephone\",\"feeling\":\""
                + FEELINGS[(n + 1) % 3] + "\"}],\"departement\":\"30\"";
        answer = post(cookies, "{\"action\":\"suivant\",\"step\":2," + context + "}");
        expectStep(answer, 3);
        answer = post(cookies, "{\"action\":\"envoyer\",\"step\":3," + context + ",\"email\":"
                + json("bench-" + run + "-" + id + "@exemple.fr") + ",\"postalCode\":\"30000\",\"charter\":true}");
        if (!answer.contains("\"sent\":true")) {
            throw new IllegalStateException("not sent: " + answer.substring(0, Math.min(300, answer.length())));
        }
    }

    private static void expectStep(String answer, int step) {
        Matcher shown = STEP.matcher(answer);
        if (!shown.find() || Integer.parseInt(shown.group(1)) != step) {
            throw new IllegalStateException("not at step " + step + ": " + answer.substring(0, Math.min(300, answer.length())));
        }
    }

    private String get(String path, Map<String, String> cookies) throws IOException, InterruptedException {
        Answer response = exchange(path, cookies, null);
        keep(response, cookies);
        return follow(response, cookies);
    }

    /** Sends a step as the page's script does; returns the JSON answer. */
    private String post(Map<String, String> cookies, String json) throws IOException {
        Answer response = exchange("/experiences/assistant", cookies, json);
        keep(response, cookies);
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String follow(Answer response, Map<String, String> cookies) throws IOException, InterruptedException {
        if (response.status() == 302 || response.status() == 303) {
            URI location = URI.create(base).resolve(response.location());
            return get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()), cookies);
        }
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status());
        }
        return response.body();
    }

    /** A GET (no body) or a POST of a step as JSON, with the visitor's cookies. */
    private Answer exchange(String path, Map<String, String> cookies, String form) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            connection.setRequestProperty("Cookie", c.toString());
        }
        if (form != null) {
            byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.setRequestProperty("Content-Type", "application/json");
            try (java.io.OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        java.io.InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (in != null) {
            in.close(); // read to the end and closed: the connection goes back to the keep-alive pool
        }
        List<String> set = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        return new Answer(status, set, connection.getHeaderField("Location"), body);
    }

    private static void keep(Answer response, Map<String, String> cookies) {
        for (String set : response.cookies()) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

}
