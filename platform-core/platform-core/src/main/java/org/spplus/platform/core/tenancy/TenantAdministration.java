package org.spplus.platform.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.organisation.OrganisationService;
import org.spplus.platform.core.organisation.UnitFields;
import org.spplus.platform.core.persistence.ContainerResources;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.core.theme.ColorContrast;
import org.spplus.platform.core.theme.LogoCheck;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;

/**
 * Changes to a tenant's configuration made through the platform: its plugins and their settings and its
 * theme tokens (by its network administrators), its creation (by platform administrators). Each change
 * is audited and seen at once by routing.
 */
@ApplicationScoped
public class TenantAdministration {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** A plugin as the administration page shows it for the current tenant. */
    public record PluginState(String id, String name, boolean enabled, Map<String, String> settings)
            implements java.io.Serializable {
    }

    /** The current tenant's theme tokens. */
    public record ThemeTokens(String name, String shortName, String accentColor, boolean hasLogo)
            implements java.io.Serializable {
    }

    @Inject
    Persistence persistence;

    @Inject
    AuditLog audit;

    @Inject
    PluginRegistry plugins;

    @Inject
    TenantDirectory directory;

    @Inject
    ContainerResources container;

    @Inject
    AccessControl access;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantScope tenantScope;

    @Inject
    OrganisationService organisation;

    @Inject
    org.spplus.platform.core.tenancy.definition.TenantRecordWriter records;

    @Inject
    org.spplus.platform.core.account.AgentAdministration agents;

    /** Switches a plugin on or off for a tenant: its pages and links appear or vanish for that tenant. */
    @Transactional
    public void setPluginEnabled(String tenantId, String pluginId, boolean enabled) {
        requireAdministratorOf(tenantId);
        if (plugins.find(pluginId).isEmpty()) {
            throw InvalidInput.of("", "Module inconnu : " + pluginId);
        }
        EntityManager em = persistence.platform();
        if (em.find(Tenant.class, tenantId) == null) {
            throw InvalidInput.of("", "Réseau inconnu : " + tenantId);
        }
        TenantPlugin record = em.find(TenantPlugin.class, new TenantPlugin.Key(tenantId, pluginId));
        if (record == null) {
            record = new TenantPlugin(tenantId, pluginId);
            em.persist(record);
        }
        if (record.isEnabled() != enabled) {
            record.setEnabled(enabled);
            audit.record(enabled ? "tenant.plugin.enabled" : "tenant.plugin.disabled", "tenant", tenantId,
                    Map.of("plugin", pluginId));
        }
        refreshAfterCommit();
    }

    /** The plugins of the build and their state for the current tenant (settings with their defaults). */
    @Transactional
    public List<PluginState> pluginStates() {
        String tenantId = currentTenant.require().id();
        requireAdministratorOf(tenantId);
        List<PluginState> states = new ArrayList<>();
        for (PlatformPlugin plugin : plugins.all()) {
            TenantPlugin record = persistence.platform().find(TenantPlugin.class, new TenantPlugin.Key(tenantId, plugin.id()));
            Map<String, String> settings = new LinkedHashMap<>(plugin.defaultSettings());
            if (record != null) {
                settings.putAll(record.getSettings());
            }
            states.add(new PluginState(plugin.id(), plugin.name().fr(), record != null && record.isEnabled(), settings));
        }
        return states;
    }

    /** Changes a plugin's settings for the current tenant; only settings the plugin declares are accepted. */
    @Transactional
    public void updatePluginSettings(String pluginId, Map<String, String> values) {
        String tenantId = currentTenant.require().id();
        requireAdministratorOf(tenantId);
        PlatformPlugin plugin = plugins.find(pluginId).orElseThrow(() -> InvalidInput.of("", "Module inconnu : " + pluginId));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Map<String, String> clean = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!plugin.defaultSettings().containsKey(key)) {
                problems.add(key, "Réglage inconnu du module.");
            } else if (value != null && value.length() > 500) {
                problems.add(key, "500 caractères au plus.");
            } else {
                clean.put(key, Inputs.trimmed(value));
            }
        });
        problems.throwIfAny();
        EntityManager em = persistence.platform();
        TenantPlugin record = em.find(TenantPlugin.class, new TenantPlugin.Key(tenantId, pluginId));
        if (record == null) {
            record = new TenantPlugin(tenantId, pluginId);
            em.persist(record);
        }
        Map<String, String> merged = new LinkedHashMap<>(record.getSettings());
        merged.putAll(clean);
        if (!merged.equals(record.getSettings())) {
            record.setSettings(merged);
            audit.record("tenant.plugin.settings", "tenant", tenantId, Map.of("plugin", pluginId, "valeurs", clean.toString()));
        }
        refreshAfterCommit();
    }

    @Transactional
    public ThemeTokens theme() {
        String tenantId = currentTenant.require().id();
        requireAdministratorOf(tenantId);
        Tenant tenant = persistence.platform().find(Tenant.class, tenantId);
        return new ThemeTokens(tenant.getName(), tenant.getShortName(), tenant.getAccentColor(), tenant.getLogoMediaType() != null);
    }

    /**
     * Changes the current tenant's display name, short name, accent colour (it must contrast enough with
     * white text) and logo (optional upload, or removal).
     */
    @Transactional
    public void updateTheme(String name, String shortName, String accentColor, byte[] logo, String logoFileName,
                            boolean removeLogo) {
        String tenantId = currentTenant.require().id();
        requireAdministratorOf(tenantId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String n = Inputs.requiredText(problems, "name", name, 200, "le nom du réseau");
        String s = Inputs.requiredText(problems, "shortName", shortName, 40, "le nom court du réseau");
        String colour = Inputs.trimmed(accentColor).toLowerCase(java.util.Locale.ROOT);
        if (!colour.isEmpty()) {
            if (!ColorContrast.isHexColor(colour)) {
                problems.add("accentColor", "Indiquez la couleur au format #rrvvbb, par exemple #0063cb.");
            } else {
                double ratio = ColorContrast.ratio(colour, "#ffffff");
                if (ratio < ColorContrast.AA_NORMAL_TEXT) {
                    problems.add("accentColor", String.format(java.util.Locale.FRANCE,
                            "Cette couleur contraste trop peu avec le texte blanc posé dessus (%.1f:1 ; il faut au "
                                    + "moins 4,5:1 pour être lisible par tous) : choisissez une teinte plus foncée.", ratio));
                }
            }
        }
        LogoCheck.Logo accepted = null;
        if (logo != null && logo.length > 0) {
            LogoCheck.Result check = LogoCheck.check(logo, logoFileName);
            if (check.logo().isEmpty()) {
                problems.add("logo", check.refusal());
            } else {
                accepted = check.logo().get();
            }
        }
        problems.throwIfAny();
        Tenant tenant = persistence.platform().find(Tenant.class, tenantId);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!n.equals(tenant.getName())) {
            changes.put("name", n);
            tenant.setName(n);
        }
        if (!s.equals(tenant.getShortName())) {
            changes.put("shortName", s);
            tenant.setShortName(s);
        }
        String newColour = colour.isEmpty() ? null : colour;
        if (!Objects.equals(newColour, tenant.getAccentColor())) {
            changes.put("accentColor", String.valueOf(newColour));
            tenant.setAccentColor(newColour);
        }
        if (accepted != null) {
            tenant.setLogo(accepted.content(), accepted.mediaType());
            changes.put("logo", logoFileName == null ? "" : logoFileName);
        } else if (removeLogo && tenant.getLogoMediaType() != null) {
            tenant.setLogo(null, null);
            changes.put("logo", "retiré");
        }
        if (!changes.isEmpty()) {
            audit.record("tenant.theme", "tenant", tenantId, changes);
        }
        refreshAfterCommit();
    }

    /** All tenants, for platform administrators. */
    public List<TenantInfo> tenants() {
        access.require(Roles.PLATFORM_ADMIN);
        return List.copyOf(directory.all());
    }

    /** Creates a network with its root entity, and invites its first administrator (platform administrators). */
    public void createTenant(String id, String name, String shortName, String rootCode, String rootName,
                             String adminEmail, String adminName) throws Exception {
        access.require(Roles.PLATFORM_ADMIN);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String tid = Inputs.trimmed(id).toLowerCase(java.util.Locale.ROOT);
        if (!ID.matcher(tid).matches()) {
            problems.add("id", "L’identifiant ne peut contenir que des minuscules sans accent, des chiffres et des "
                    + "tirets, et commence par une lettre (par exemple msa).");
        } else if (directory.byId(tid).isPresent() || directory.byPath(tid).isPresent()) {
            problems.add("id", "Ce réseau existe déjà.");
        }
        String n = Inputs.requiredText(problems, "name", name, 200, "le nom du réseau");
        String s = Inputs.requiredText(problems, "shortName", shortName, 40, "le nom court");
        String rc = Inputs.trimmed(rootCode).toLowerCase(java.util.Locale.ROOT);
        if (!rc.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            problems.add("rootCode", "Le code de l’entité nationale ne peut contenir que des minuscules, chiffres et tirets.");
        }
        String rn = Inputs.requiredText(problems, "rootName", rootName, 300, "le nom de l’entité nationale");
        if (!Inputs.isEmail(Inputs.trimmed(adminEmail))) {
            problems.add("adminEmail", "Indiquez l’adresse électronique de l’administrateur du réseau.");
        }
        Inputs.requiredText(problems, "adminName", adminName, 200, "le nom de l’administrateur du réseau");
        problems.throwIfAny();
        records.create(tid, n, s);
        directory.refresh();
        tenantScope.callAs(tid, () -> AccessControl.asSystem(() -> {
            var root = organisation.createRoot(new UnitFields(rc, rn, "Direction nationale", null, null));
            agents.invite(adminEmail, adminName, java.util.Set.of(Roles.NETWORK_ADMIN), List.of(root.id()));
            return root;
        }));
    }

    private void requireAdministratorOf(String tenantId) {
        if (AccessControl.isSystem()) {
            return;
        }
        boolean adminHere = currentTenant.get().map(t -> t.id().equals(tenantId)).orElse(false)
                && access.holds(Roles.NETWORK_ADMIN);
        if (!adminHere) {
            access.require(Roles.PLATFORM_ADMIN);
        }
    }

    private void refreshAfterCommit() {
        container.transactions().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    directory.refreshQuietly();
                }
            }
        });
    }
}
