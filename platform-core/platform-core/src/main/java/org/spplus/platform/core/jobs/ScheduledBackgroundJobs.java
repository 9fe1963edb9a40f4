package org.spplus.platform.core.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.core.persistence.ContainerResources;
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.core.startup.PlatformReady;

/** {@link BackgroundJobs} on the container's managed scheduler; periodic jobs wait for the platform to be ready. */
@ApplicationScoped
public class ScheduledBackgroundJobs implements BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledBackgroundJobs.class.getName());

    private record Periodic(String name, Duration period, Runnable job) {
    }

    @Inject
    ContainerResources container;

    private final List<Periodic> waiting = new ArrayList<>();
    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private final List<Periodic> registered = new ArrayList<>();
    private final List<Periodic> onceReady = new ArrayList<>();
    private boolean ready;
    private volatile boolean stopped;

    @Override
    public synchronized void every(String name, Duration period, Runnable job) {
        Periodic periodic = new Periodic(name, period, job);
        if (ready) {
            schedule(periodic);
        } else {
            waiting.add(periodic);
        }
    }

    @Override
    public synchronized void whenReady(String name, Runnable job) {
        if (ready) {
            soon(name, job);
        } else {
            onceReady.add(new Periodic(name, java.time.Duration.ZERO, job));
        }
    }

    @Override
    public void soon(String name, Runnable job) {
        if (!stopped) {
            container.scheduler().execute(() -> run(name, job));
        }
    }

    /** Runs a periodic job now, on the calling thread (tests, with the test clock). */
    public boolean runNow(String name) {
        java.util.Optional<Periodic> job;
        synchronized (this) {
            job = java.util.stream.Stream.concat(waiting.stream(), registered.stream())
                    .filter(p -> p.name().equals(name)).findFirst();
        }
        job.ifPresent(p -> run(p.name(), p.job()));
        return job.isPresent();
    }

    synchronized void onReady(@Observes PlatformReady event) {
        ready = true;
        waiting.forEach(this::schedule);
        waiting.clear();
        onceReady.forEach(p -> soon(p.name(), p.job()));
        onceReady.clear();
    }

    private void schedule(Periodic periodic) {
        registered.add(periodic);
        long millis = Math.max(100, periodic.period().toMillis());
        running.add(container.scheduler().scheduleWithFixedDelay(() -> run(periodic.name(), periodic.job()),
                millis, millis, TimeUnit.MILLISECONDS));
    }

    private void run(String name, Runnable job) {
        if (stopped) {
            return;
        }
        try {
            AccessControl.asSystem(() -> {
                job.run();
                return null;
            });
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Background job " + name + " failed; it will run again", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        running.forEach(f -> f.cancel(false));
    }
}
