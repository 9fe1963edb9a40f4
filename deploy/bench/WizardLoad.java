import java.io.IOException;
import java.net.URI;
import java.net.HttpURLConnection;
import java.net.URLEncoder;
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
 * steps as a browser does — opens the wizard, writes a story (step 1), chooses a network, ticks the first
 * procedure suggested from the story, ticks a contact channel with its feeling and a département (step 2), gives an
 * e-mail address and a postal code, accepts the charter and sends (step 3). One page read and three form posts per
 * story, sent in the background as the page's PrimeFaces script sends them (Ajax: the answer is the wizard's zone),
 * with the hidden fields, the view state and the PrimeFaces nonce of each step.
 *
 * <pre>java deploy/bench/WizardLoad.java http://localhost:18080 2000 16 caf run-42</pre>
 *
 * Prints one line: RESULT submissions=… failed=… seconds=… per_second=… p50=… p95=… (milliseconds per
 * whole submission). The e-mail addresses are {@code bench-<run>-<n>@exemple.fr}, so that the caller can
 * count in the database that none was lost.
 */
public class WizardLoad {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern SUGGESTED = Pattern.compile("<input name=\"(assistant:demarches)\" id=\"[^\"]*\" value=\"([^\"]+)\" type=\"checkbox\"");
    private static final Pattern CHANNEL = Pattern.compile("name=\"(assistant:[^\"]+:0:canal)\"");
    private static final Pattern ZONE = Pattern.compile("<update id=\"assistant-zone\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);
    private static final Pattern VIEW_STATE_UPDATE = Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]></update>");
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
        WizardLoad load = new WizardLoad(base, network);
        for (int i = 0; i < Math.min(20, total); i++) { // warm-up, not counted (addresses bench-<run>-w<i>)
            load.submit(run, "w" + i, i);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] millis = new long[total];
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            pool.execute(() -> {
                int n;
                while ((n = next.getAndIncrement()) < total) {
                    long s = System.nanoTime();
                    try {
                        load.submit(run, String.valueOf(n), n);
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
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(millis);
        errors.forEach(e -> System.err.println("failed: " + e));
        System.out.printf(java.util.Locale.ROOT, "RESULT submissions=%d failed=%d seconds=%.1f per_second=%.1f p50=%d p95=%d%n",
                total - failed.get(), failed.get(), seconds, (total - failed.get()) / seconds,
                millis[total / 2], millis[(int) (total * 0.95)]);
    }

    /** One visitor's whole wizard; throws unless the last page says the story was sent. */
    void submit(String run, String id, int n) throws IOException, InterruptedException {
        Map<String, String> cookies = new LinkedHashMap<>();
        String page = get("/experiences/deposer", cookies);
        page = post(page, cookies, "assistant:suivant", Map.of(
                "assistant:titre", "Mon expérience n° " + id,
                "assistant:recit", STORIES[n % STORIES.length],
                "assistant:vousEtes", "particulier",
                "assistant:ressenti", FEELINGS[n % 3]));
        expect(page, "assistant:reseaux", "step 2");
        Map<String, String> context = new LinkedHashMap<>();
        context.put("assistant:reseaux", network);
        context.put("assistant:departement", "30");
        Matcher channel = CHANNEL.matcher(page);
        if (channel.find()) {
            context.put(channel.group(1), "on");
            context.put(channel.group(1) + "-ressenti", FEELINGS[(n + 1) % 3]);
        }
        Matcher suggested = SUGGESTED.matcher(page);
        if (suggested.find()) { // ticks the first procedure suggested from the story
            context.put(suggested.group(1), suggested.group(2));
        }
        page = post(page, cookies, "assistant:suivant", context);
        expect(page, "assistant:charte", "step 3");
        page = post(page, cookies, "assistant:envoyer", Map.of(
                "assistant:email", "bench-" + run + "-" + id + "@exemple.fr",
                "assistant:codePostal", "30000",
                "assistant:charte", "true"));
        expect(page, "experience-envoyee", "sent");
    }

    private static void expect(String page, String marker, String step) {
        if (!page.contains(marker)) {
            int error = page.indexOf("fr-error-text\"");
            throw new IllegalStateException("not at " + step + (error < 0 ? "" : ": " + page.substring(error, Math.min(page.length(), error + 200))));
        }
    }

    private String get(String path, Map<String, String> cookies) throws IOException, InterruptedException {
        Answer response = exchange(path, cookies, null);
        keep(response, cookies);
        return follow(response, cookies);
    }

    /** Sends the wizard's form with the given button, as PrimeFaces does; returns the updated zone. */
    private String post(String page, Map<String, String> cookies, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", button);
        form.put("jakarta.faces.partial.execute", "assistant");
        form.put("jakarta.faces.partial.render", "assistant-zone");
        form.put("jakarta.faces.behavior.event", "action");
        form.put("jakarta.faces.partial.event", "click");
        form.put(button, button);
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            if (!hidden.group(1).equals("jakarta.faces.ViewState")) { // the form's own hidden fields, as a browser sends them
                form.put(hidden.group(1), hidden.group(2));
            }
        }
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state");
        }
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        Answer response = exchange("/experiences/deposer", cookies, body.toString());
        keep(response, cookies);
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status());
        }
        Matcher zone = ZONE.matcher(response.body());
        if (!zone.find()) {
            throw new IllegalStateException("no wizard zone in the answer: "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        Matcher state = VIEW_STATE_UPDATE.matcher(response.body());
        // the zone, with the view state the answer gives (as the script puts it back in the form)
        return zone.group(1) + (state.find() ? "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"v\" value=\"" + state.group(1) + "\"" : "");
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

    /** A GET (no body) or a PrimeFaces Ajax POST of the wizard's form, with the visitor's cookies. */
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
            connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            connection.setRequestProperty("Faces-Request", "partial/ajax");
            connection.setRequestProperty("X-Requested-With", "XMLHttpRequest");
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
