package org.spplus.platform.core.tenancy.definition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.organisation.OrganisationDefinitionWriter;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.core.tenancy.TenantDirectory;

/** Reads the tenant definitions from their folder and loads them into the database, idempotently. */
@ApplicationScoped
public class TenantDefinitionService {

    private static final Logger LOG = Logger.getLogger(TenantDefinitionService.class.getName());

    @Inject
    Settings settings;

    @Inject
    PluginRegistry plugins;

    @Inject
    TenantRecordWriter records;

    @Inject
    OrganisationDefinitionWriter organisations;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantScope tenantScope;

    private volatile TenantSources sources;

    /** Where definitions come from: the configured folder, else the packaged ones. */
    public TenantSources sources() {
        if (sources == null) {
            String folder = settings.get(CoreSetting.TENANTS_DIRECTORY);
            sources = folder.isBlank() ? TenantSources.fromClasspath(getClass().getClassLoader())
                    : TenantSources.fromDirectory(Path.of(folder));
        }
        return sources;
    }

    public DefinitionSet read() {
        TenantSources src = sources();
        DefinitionSet set = new TenantDefinitionReader(plugins.settingNames())
                .read(src.tenantFiles(), src.platformFile().orElse(null));
        set.warnings().forEach(w -> LOG.warning(w::toString));
        return set;
    }

    /** Loads every tenant of a valid set: creates what is missing, applies what the files changed. */
    public void apply(DefinitionSet set) {
        if (!set.valid()) {
            throw new IllegalArgumentException("Refusing to load definitions with problems");
        }
        for (TenantDefinition def : set.tenants()) {
            TenantRecordWriter.Logo logo = logoOf(def);
            AppliedDefinition previous = records.upsert(def, logo);
            AppliedDefinition current = new AppliedDefinition(def, logo == null ? null : logo.sha256());
            if (current.equals(previous)) {
                LOG.fine(() -> "Tenant " + def.id() + " unchanged since its last load");
                continue; // the file changed nothing since it was last applied: nothing to bring in line
            }
            directory.refresh();
            OrganisationDefinitionWriter.Changes changes;
            try {
                changes = tenantScope.callAs(def.id(), () -> organisations.apply(def.organisation(),
                        previous == null ? null : previous.definition().organisation()));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            records.saveSnapshot(def.id(), current);
            OrganisationDefinitionWriter.Changes c = changes;
            LOG.info(() -> "Tenant " + def.id() + " loaded from " + def.source() + ": " + c.created() + " entities created, "
                    + c.updated() + " updated, " + c.moved() + " moved, " + c.closedOrReopened() + " closed or reopened");
        }
        directory.refresh();
    }

    private TenantRecordWriter.Logo logoOf(TenantDefinition def) {
        String file = def.theme().logoFile();
        if (file == null) {
            return null;
        }
        byte[] content = sources().tenantFile(def.id(), file)
                .orElseThrow(() -> new IllegalStateException("Logo " + file + " of " + def.id() + " vanished"));
        String mediaType = file.endsWith(".svg") ? "image/svg+xml" : "image/png";
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return new TenantRecordWriter.Logo(content, mediaType, sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
