package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.tenant.TenantScope;

class ExportJobsTest {

    private static final long OWNER = 7;
    private final List<Thread> threads = new ArrayList<>();
    private final List<String> tenantsUsed = new ArrayList<>();
    private Instant now = Instant.parse("2026-03-05T10:00:00Z");
    private ExportJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new ExportJobs();
        jobs.background = new BackgroundJobs() {
            @Override
            public void every(String name, Duration period, Runnable job) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void whenReady(String name, Runnable job) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void soon(String name, Runnable job) {
                Thread thread = new Thread(job, name);
                threads.add(thread);
                thread.start();
            }
        };
        jobs.tenantScope = new TenantScope() {
            @Override
            public <T> T callAs(String tenantId, Callable<T> work) throws Exception {
                synchronized (tenantsUsed) {
                    tenantsUsed.add(tenantId);
                }
                return work.call();
            }
        };
        jobs.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(5_000);
        }
    }

    @Test
    void showsTheProgressWhileWritingThenHandsTheFileToItsOwnerOnly() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        String id = jobs.start(OWNER, "caf", ExportFormat.CSV, "bannette", 4_000, (out, progress) -> {
            out.write("a;b\n".getBytes(StandardCharsets.UTF_8));
            progress.onProgress(2_000, 4_000);
            halfway.countDown();
            goOn.await(5, TimeUnit.SECONDS);
            out.write("1;2\n".getBytes(StandardCharsets.UTF_8));
            return 4_000;
        });
        assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();
        ExportJobs.Status running = jobs.status(id, OWNER).orElseThrow();
        assertThat(running.state()).isEqualTo(ExportJobs.State.RUNNING);
        assertThat(running.written()).isEqualTo(2_000);
        assertThat(running.percent()).isEqualTo(50);
        assertThat(jobs.download(id, OWNER)).as("not finished").isEmpty();

        goOn.countDown();
        threads.get(0).join(5_000);
        ExportJobs.Status done = jobs.status(id, OWNER).orElseThrow();
        assertThat(done.state()).isEqualTo(ExportJobs.State.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.written()).isEqualTo(4_000);
        ExportJobs.Download download = jobs.download(id, OWNER).orElseThrow();
        assertThat(download.fileName()).isEqualTo("bannette.csv");
        assertThat(Files.readString(download.file())).isEqualTo("a;b\n1;2\n");
        assertThat(tenantsUsed).containsExactly("caf");

        assertThat(jobs.status(id, OWNER + 1)).as("someone else").isEmpty();
        assertThat(jobs.download(id, OWNER + 1)).as("someone else").isEmpty();
        assertThat(jobs.status("0123", OWNER)).isEmpty();
        assertThat(jobs.status(null, OWNER)).isEmpty();
    }

    @Test
    void aFailedExportSaysSoAndOffersNoFile() throws Exception {
        String id = jobs.start(OWNER, "caf", ExportFormat.XLSX, "bannette", 10, (out, progress) -> {
            throw new IllegalStateException("database gone");
        });
        threads.get(0).join(5_000);
        assertThat(jobs.status(id, OWNER).orElseThrow().state()).isEqualTo(ExportJobs.State.FAILED);
        assertThat(jobs.download(id, OWNER)).isEmpty();
    }

    @Test
    void filesAreForgottenAnHourAfterTheirExportStarted() throws Exception {
        String id = jobs.start(OWNER, "caf", ExportFormat.CSV, "bannette", 1, (out, progress) -> {
            out.write('x');
            return 1;
        });
        threads.get(0).join(5_000);
        var file = jobs.download(id, OWNER).orElseThrow().file();
        now = now.plus(Duration.ofMinutes(59));
        jobs.forgetOld();
        assertThat(jobs.download(id, OWNER)).isPresent();
        now = now.plus(Duration.ofMinutes(2));
        jobs.forgetOld();
        assertThat(jobs.status(id, OWNER)).isEmpty();
        assertThat(file).doesNotExist();
    }
}
