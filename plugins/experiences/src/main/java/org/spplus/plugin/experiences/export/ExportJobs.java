package org.spplus.plugin.experiences.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.tenant.TenantScope;

/**
 * Exports written in the background into a temporary file, so that a page can show their progress while a
 * million rows are written, then hand the file to the person who asked for it (and to no one else). A file is
 * kept {@link #KEPT} after its export started, then deleted.
 */
@ApplicationScoped
public class ExportJobs {

    static final Duration KEPT = Duration.ofHours(1);
    /** Rows between two progress reports: often enough for a bar that moves every second. */
    public static final int PROGRESS_INTERVAL = 1_000;
    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What writes the rows: the export itself, told of the progress listener to pass to its writer. */
    @FunctionalInterface
    public interface Work {
        long write(OutputStream out, ProgressListener progress) throws Exception;
    }

    public enum State { RUNNING, DONE, FAILED }

    /** Where an export stands, as its owner sees it. */
    public record Status(String id, State state, long written, long total, ExportFormat format, long bytes) {

        /** 0…100; 100 once done. */
        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return total <= 0 ? 0 : (int) Math.min(99, written * 100 / total);
        }
    }

    /** A finished export, ready to be sent. */
    public record Download(Path file, String fileName, String contentType, long bytes) {
    }

    private static final class Job {
        final String id;
        final long owner;
        final ExportFormat format;
        final String baseName;
        final long total;
        final Path file;
        final Instant started;
        final AtomicLong written = new AtomicLong();
        volatile State state = State.RUNNING;

        Job(String id, long owner, ExportFormat format, String baseName, long total, Path file, Instant started) {
            this.id = id;
            this.owner = owner;
            this.format = format;
            this.baseName = baseName;
            this.total = total;
            this.file = file;
            this.started = started;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Inject
    BackgroundJobs background;

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    /** Exports nobody asks for again are forgotten too: their files do not outlive their hour by much. */
    void schedule(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                  Object started) {
        background.every("experiences.exports.forget", java.time.Duration.ofMinutes(10), this::forgetOld);
    }

    /**
     * Starts writing an export for its owner, as the given network, on another thread; returns its id (random,
     * not guessable).
     */
    public String start(long owner, String tenantId, ExportFormat format, String baseName, long total, Work work) {
        forgetOld();
        Path file;
        try {
            file = Files.createTempFile("spplus-export-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        Job job = new Job(HexFormat.of().formatHex(random), owner, format, baseName, total, file, clock.instant());
        jobs.put(job.id, job);
        background.soon("export " + job.id, () -> run(job, tenantId, work));
        return job.id;
    }

    private void run(Job job, String tenantId, Work work) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(job.file), 64 * 1024)) {
            long rows = tenantScope.callAs(tenantId, () -> work.write(out, (written, expected) -> {
                job.written.set(written);
                return jobs.containsKey(job.id); // forgotten (expired): stop
            }));
            job.written.set(rows);
            job.state = State.DONE;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Export " + job.id + " failed", e);
            job.state = State.FAILED;
        }
    }

    /** The export's status, for its owner only. */
    public Optional<Status> status(String id, long owner) {
        return find(id, owner).map(job -> new Status(job.id, job.state, job.written.get(), job.total, job.format,
                job.state == State.DONE ? size(job.file) : 0));
    }

    /** The finished file, for its owner only. */
    public Optional<Download> download(String id, long owner) {
        return find(id, owner).filter(job -> job.state == State.DONE && Files.exists(job.file))
                .map(job -> new Download(job.file, job.format.fileName(job.baseName), job.format.contentType(),
                        size(job.file)));
    }

    private Optional<Job> find(String id, long owner) {
        Job job = id == null ? null : jobs.get(id);
        return job == null || job.owner != owner ? Optional.empty() : Optional.of(job);
    }

    /** Deletes the files of exports started more than {@link #KEPT} ago (their writing stops if still running). */
    void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> {
            if (job.started.isBefore(limit)) {
                try {
                    Files.deleteIfExists(job.file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete " + job.file, e);
                }
                return true;
            }
            return false;
        });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
