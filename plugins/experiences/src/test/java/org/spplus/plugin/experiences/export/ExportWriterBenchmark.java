package org.spplus.plugin.experiences.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes 1,000,000 rows of 16 story-like columns in each format to a stream that discards them, and prints the
 * time, the rate and the peak heap use. Run by hand (not part of the test suite), with a small heap to show that
 * memory stays flat, e.g.:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -pl plugins/experiences
 * java -Xmx256m -cp plugins/experiences/target/classes:plugins/experiences/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.spplus.plugin.experiences.export.ExportWriterBenchmark [rows]
 * </pre>
 */
public final class ExportWriterBenchmark {

    enum Status { EN_MODERATION, PUBLIE, REPONDU, REJETE }

    enum Channel { INTERNET, GUICHET, TELEPHONE, COURRIER, APPLICATION }

    record Story(long id, String reference, OffsetDateTime receivedAt, LocalDate publishedOn, Status status,
            Channel channel, String service, String network, String department, String title, String body,
            Integer rating, Double confidence, Boolean answered, Integer answerDelayDays, LocalDateTime answeredAt) {
    }

    static final List<Column<Story>> COLUMNS = List.of(
            Column.of("Identifiant", Story::id),
            Column.of("Référence", Story::reference),
            Column.of("Reçue le", Story::receivedAt),
            Column.of("Publiée le", Story::publishedOn),
            Column.of("Statut", Story::status),
            Column.of("Canal", Story::channel),
            Column.of("Service", Story::service),
            Column.of("Réseau", Story::network),
            Column.of("Département", Story::department),
            Column.of("Titre", Story::title),
            Column.of("Récit", Story::body),
            Column.of("Satisfaction (1 à 5)", Story::rating),
            Column.of("Indice de confiance", Story::confidence),
            Column.of("Répondue", Story::answered),
            Column.of("Délai de réponse (jours)", Story::answerDelayDays),
            Column.of("Réponse publiée le", Story::answeredAt));

    private static final String[] SERVICES = {"Caisse d'allocations familiales de l'Hérault",
        "Préfecture du Rhône – titres de séjour", "Centre des finances publiques de Lille",
        "Agence France Travail de Nantes Est", "Caisse primaire d'assurance maladie du Var",
        "Mairie de Montpellier – état civil", "Service des impôts des particuliers de Rennes",
        "Tribunal judiciaire de Bordeaux", "Caisse d'assurance retraite et de la santé au travail",
        "Agence nationale des titres sécurisés", "URSSAF Île-de-France", "Espace France services de Lodève"};
    private static final String[] NETWORKS = {"CAF", "Préfectures", "DGFiP", "France Travail", "Assurance maladie",
        "Communes", "Justice", "Assurance retraite", "ANTS", "URSSAF", "France services"};
    private static final String[] TITLES = {"Accueil très aimable", "Délai de traitement beaucoup trop long",
        "Impossible de joindre le service", "Dossier réglé en une seule visite", "Rendez-vous annulé sans prévenir",
        "Une conseillère à l'écoute", "Site internet incompréhensible", "Merci pour votre réactivité !"};
    private static final String[] SENTENCES = {"J'ai pris rendez-vous en ligne sans difficulté.",
        "L'agent m'a expliqué clairement les pièces à fournir ; je n'avais pas tout compris sur le site.",
        "J'ai attendu plus de deux heures au guichet, debout, avec un enfant en bas âge.",
        "On m'a demandé trois fois le même justificatif, \"pour compléter le dossier\".",
        "Le numéro de téléphone indiqué sonne dans le vide, quel que soit l'horaire.",
        "Mon dossier a été traité en moins d'une semaine, bravo.",
        "Je ne comprends pas pourquoi ma demande de 2023 n'est toujours pas instruite.",
        "La personne de l'accueil a pris le temps de m'aider à remplir le formulaire.",
        "Les horaires affichés à l'entrée ne correspondent pas à ceux du site internet.",
        "=> Au final, tout s'est bien passé, mais l'information devrait être plus claire.",
        "Je souhaite simplement être tenue informée de l'avancement, par courriel ou SMS.",
        "Merci à l'équipe, très professionnelle malgré la charge de travail évidente."};
    private static final String[] DEPARTMENTS = {"01", "13", "2A", "33", "34", "35", "44", "59", "69", "75", "83",
        "93", "971", "974"};

    private ExportWriterBenchmark() {
    }

    /** Stories made as they are asked for, from a fixed seed. */
    static Iterator<Story> stories(long count) {
        return new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(42);
            private final OffsetDateTime start = OffsetDateTime.of(2023, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public Story next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long id = next++;
                OffsetDateTime received = start.plusSeconds(id * 47 + random.nextInt(40));
                int serviceIndex = random.nextInt(SERVICES.length);
                StringBuilder body = new StringBuilder(600);
                int sentences = 2 + random.nextInt(7);
                for (int i = 0; i < sentences; i++) {
                    if (i > 0) {
                        body.append(random.nextInt(6) == 0 ? "\n" : " ");
                    }
                    body.append(SENTENCES[random.nextInt(SENTENCES.length)]);
                }
                Status status = Status.values()[random.nextInt(Status.values().length)];
                boolean published = status == Status.PUBLIE || status == Status.REPONDU;
                boolean answered = status == Status.REPONDU;
                int delay = random.nextInt(30);
                return new Story(id, String.format(Locale.ROOT, "AVIS-%d-%07d", received.getYear(), id), received,
                        published ? received.toLocalDate().plusDays(1 + random.nextInt(3)) : null, status,
                        Channel.values()[random.nextInt(Channel.values().length)], SERVICES[serviceIndex],
                        NETWORKS[serviceIndex % NETWORKS.length], DEPARTMENTS[random.nextInt(DEPARTMENTS.length)],
                        TITLES[random.nextInt(TITLES.length)], body.toString(), 1 + random.nextInt(5),
                        Math.round(random.nextDouble() * 1000) / 1000.0, answered, answered ? delay : null,
                        answered ? received.toLocalDateTime().plusDays(delay) : null);
            }
        };
    }

    /** Discards what is written, counting the bytes. */
    static final class DiscardingOutputStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** Samples the used heap every few milliseconds and keeps the highest value seen. */
    static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                long used = usedHeap();
                if (used > peak) {
                    peak = used;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return Math.max(peak, usedHeap());
        }
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap in use after the last collection of each heap pool (what rows really retain). */
    static long heapAfterLastGc() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                total += pool.getCollectionUsage().getUsed();
            }
        }
        return total;
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        System.out.printf(Locale.ROOT, "Java %s, max heap %d MB, GC %s, %d processors%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(" + ")),
                Runtime.getRuntime().availableProcessors());
        for (ExportFormat format : ExportFormat.values()) {
            run(format, rows);
        }
    }

    private static void run(ExportFormat format, long rows) throws IOException, InterruptedException {
        System.gc();
        long baseline = usedHeap();
        long[] maxAfterGc = {0};
        DiscardingOutputStream out = new DiscardingOutputStream();
        ExportOptions options = ExportOptions.frenchSpreadsheet().withExpectedRows(rows).withProgressInterval(10_000)
                .withProgress((written, total) -> {
                    maxAfterGc[0] = Math.max(maxAfterGc[0], heapAfterLastGc());
                    if (written % 250_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %s: %,d / %,d rows%n", format, written, total);
                    }
                    return true;
                });
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        ExportResult result = TabularWriter.write(format, out, COLUMNS, stories(rows), options);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = sampler.finish();
        System.out.printf(Locale.ROOT,
                "%s: %,d rows, %,d bytes in %.1f s = %,.0f rows/s; used heap: %d MB before, peak %d MB (sampled), "
                        + "at most %d MB after a GC%n",
                format, result.rowsWritten(), out.bytes, seconds, result.rowsWritten() / seconds, baseline >> 20,
                peak >> 20, maxAfterGc[0] >> 20);
    }
}
