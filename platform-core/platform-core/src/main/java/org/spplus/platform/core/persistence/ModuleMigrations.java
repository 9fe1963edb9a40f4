package org.spplus.platform.core.persistence;

/**
 * The migrations of one module: its Flyway location and its own history table, so that a module can be
 * added to an existing deployment and migrate on its own.
 */
public record ModuleMigrations(String module, String location) {

    public String historyTable() {
        return "flyway_history_" + module.replace('-', '_');
    }
}
