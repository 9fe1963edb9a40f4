package org.spplus.platform.core.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.spplus.platform.core.persistence.DatabaseMigrator.Outcome;

/**
 * Where the platform's start-up stands. Pages are served only when {@link Phase#READY}; readiness
 * reports the phase and its reasons.
 */
@ApplicationScoped
public class PlatformState {

    public enum Phase {
        /** Migrating and loading tenants. */
        STARTING,
        /** The database could not be reached; start-up is retried. */
        DATABASE_UNREACHABLE,
        /** Start-up was refused (malformed definitions, duplicate plugins...): an operator must act. */
        REFUSED,
        READY
    }

    private record Snapshot(Phase phase, List<String> reasons, List<Outcome> migrations, OffsetDateTime since) {
    }

    private volatile Snapshot snapshot = new Snapshot(Phase.STARTING, List.of(), List.of(), OffsetDateTime.now());

    public Phase phase() {
        return snapshot.phase();
    }

    public boolean ready() {
        return snapshot.phase() == Phase.READY;
    }

    public List<String> reasons() {
        return snapshot.reasons();
    }

    public List<Outcome> migrations() {
        return snapshot.migrations();
    }

    public OffsetDateTime since() {
        return snapshot.since();
    }

    void migrated(List<Outcome> outcomes) {
        snapshot = new Snapshot(Phase.STARTING, List.of(), List.copyOf(outcomes), snapshot.since());
    }

    void ready(List<String> notes) {
        snapshot = new Snapshot(Phase.READY, List.copyOf(notes), snapshot.migrations(), OffsetDateTime.now());
    }

    void databaseUnreachable(String reason) {
        snapshot = new Snapshot(Phase.DATABASE_UNREACHABLE, List.of(reason), snapshot.migrations(), OffsetDateTime.now());
    }

    void refused(List<String> reasons) {
        snapshot = new Snapshot(Phase.REFUSED, List.copyOf(reasons), snapshot.migrations(), OffsetDateTime.now());
    }
}
