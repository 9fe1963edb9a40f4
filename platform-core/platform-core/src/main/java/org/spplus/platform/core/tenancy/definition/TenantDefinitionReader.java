package org.spplus.platform.core.tenancy.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.DemoAccount;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.PluginDefinition;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.ThemeDefinition;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.UnitDefinition;
import org.spplus.platform.core.theme.ColorContrast;

/**
 * Parses and validates tenant definition files. Pure logic: the files are given as text, the known
 * plugins as ids with their setting names. The result lists every problem found; a set with problems
 * must not be loaded at all.
 */
public final class TenantDefinitionReader {

    /** A definition file: its display name (e.g. {@code tenants/caf/tenant.yaml}), folder name and text. */
    public record SourceFile(String name, String folder, String content, Set<String> siblingFiles) {
    }

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_DEPTH = 12;

    private static final Set<String> TENANT_KEYS = Set.of("id", "name", "shortName", "path", "hosts", "theme",
            "plugins", "organisation", "demo");
    private static final Set<String> THEME_KEYS = Set.of("accentColor", "logo");
    private static final Set<String> PLUGIN_KEYS = Set.of("enabled", "settings");
    private static final Set<String> UNIT_KEYS = Set.of("code", "name", "type", "region", "departement", "closed",
            "children");
    private static final Set<String> DEMO_KEYS = Set.of("agents");
    private static final Set<String> PLATFORM_DEMO_KEYS = Set.of("accounts");
    private static final Set<String> ACCOUNT_KEYS = Set.of("email", "name", "roles", "units");
    private static final Set<String> TENANT_ROLES = Set.of("agent", "manager", "network-admin");
    private static final Set<String> PLATFORM_ROLES = Set.of("moderator", "platform-admin", "citizen");

    private final Map<String, Set<String>> knownPluginSettings;
    private final Geography geography = Geography.france();

    /** @param knownPluginSettings for each plugin of this build, the names of its settings */
    public TenantDefinitionReader(Map<String, Set<String>> knownPluginSettings) {
        this.knownPluginSettings = Map.copyOf(knownPluginSettings);
    }

    public DefinitionSet read(List<SourceFile> tenantFiles, SourceFile platformFile) {
        List<DefinitionProblem> problems = new ArrayList<>();
        List<DefinitionProblem> warnings = new ArrayList<>();
        List<TenantDefinition> tenants = new ArrayList<>();
        for (SourceFile file : tenantFiles) {
            Map<String, Object> root = parse(file, problems);
            if (root != null) {
                tenants.add(readTenant(file, new YamlFields(file.name(), "", root, problems), warnings));
            }
        }
        checkAcrossTenants(tenants, problems);
        PlatformDefinition platform = PlatformDefinition.empty();
        if (platformFile != null) {
            Map<String, Object> root = parse(platformFile, problems);
            if (root != null) {
                platform = readPlatform(new YamlFields(platformFile.name(), "", root, problems));
            }
        }
        checkDemoEmailsUnique(tenants, platform, problems);
        return new DefinitionSet(List.copyOf(tenants), platform, List.copyOf(problems), List.copyOf(warnings));
    }

    private static Map<String, Object> parse(SourceFile file, List<DefinitionProblem> problems) {
        try {
            Object root = new Load(LoadSettings.builder().setLabel(file.name()).build()).loadFromString(file.content());
            if (root instanceof Map<?, ?> map) {
                return YamlFields.asStringKeyed(map);
            }
            problems.add(new DefinitionProblem(file.name(), "", "le fichier doit contenir des champs « clé: valeur »."));
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> "ligne " + (m.getLine() + 1) + ", colonne " + (m.getColumn() + 1))
                    .orElse("position inconnue");
            problems.add(new DefinitionProblem(file.name(), "", "YAML illisible (" + where + ") : " + e.getProblem()));
        } catch (YamlEngineException e) {
            problems.add(new DefinitionProblem(file.name(), "", "YAML illisible : " + e.getMessage()));
        }
        return null;
    }

    private TenantDefinition readTenant(SourceFile file, YamlFields f, List<DefinitionProblem> warnings) {
        f.rejectUnknownKeys(TENANT_KEYS);
        String id = f.matching("id", f.requiredText("id", 40), ID,
                "minuscules, chiffres et tirets, commençant par une lettre");
        if (id != null && !id.equals(file.folder())) {
            f.problem("id", "« " + id + " » doit être le nom du dossier (« " + file.folder() + " »).");
        }
        String name = f.requiredText("name", 200);
        String shortName = f.requiredText("shortName", 40);
        String path = f.matching("path", f.optionalText("path", 40), ID,
                "minuscules, chiffres et tirets, commençant par une lettre");
        if (path == null) {
            path = id;
        }
        List<String> hosts = new ArrayList<>();
        for (String host : f.textList("hosts")) {
            String h = host.toLowerCase(java.util.Locale.ROOT);
            if (!HOST.matcher(h).matches()) {
                f.problem("hosts", "« " + host + " » n'est pas un nom d'hôte valide.");
            } else {
                hosts.add(h);
            }
        }
        ThemeDefinition theme = readTheme(file, f.object("theme", false));
        Map<String, PluginDefinition> plugins = readPlugins(f, warnings);
        UnitDefinition organisation = null;
        YamlFields org = f.object("organisation", true);
        if (org != null) {
            organisation = readUnit(org, null, 0);
            checkUnitCodesUnique(f, organisation);
        }
        List<DemoAccount> agents = List.of();
        YamlFields demo = f.object("demo", false);
        if (demo != null) {
            demo.rejectUnknownKeys(DEMO_KEYS);
            agents = readAccounts(demo, "agents", TENANT_ROLES);
            if (organisation != null) {
                Set<String> codes = new java.util.HashSet<>();
                organisation.flatten().forEach(u -> codes.add(u.code()));
                for (int i = 0; i < agents.size(); i++) {
                    for (String unit : agents.get(i).units()) {
                        if (!codes.contains(unit)) {
                            demo.problem("agents[" + i + "].units",
                                    "« " + unit + " » ne désigne aucune entité de l'organisation.");
                        }
                    }
                    if (agents.get(i).units().isEmpty()) {
                        demo.problem("agents[" + i + "].units", "au moins une entité de rattachement est nécessaire.");
                    }
                }
            }
        }
        return new TenantDefinition(id, name, shortName, path, List.copyOf(hosts), theme, plugins, organisation,
                agents, file.name());
    }

    private static ThemeDefinition readTheme(SourceFile file, YamlFields theme) {
        if (theme == null) {
            return new ThemeDefinition(null, null);
        }
        theme.rejectUnknownKeys(THEME_KEYS);
        String accent = theme.optionalText("accentColor", 7);
        if (accent != null) {
            if (!ColorContrast.isHexColor(accent)) {
                theme.problem("accentColor", "« " + accent + " » n'est pas une couleur au format #rrggbb.");
                accent = null;
            } else {
                double ratio = ColorContrast.ratio(accent, "#ffffff");
                if (ratio < ColorContrast.AA_NORMAL_TEXT) {
                    theme.problem("accentColor", String.format(java.util.Locale.FRANCE,
                            "« %s » contraste trop peu avec le blanc (%.2f:1 ; 4,5:1 au moins pour un texte lisible).",
                            accent, ratio));
                }
            }
        }
        String logo = theme.optionalText("logo", 120);
        if (logo != null && (!logo.matches("[A-Za-z0-9._-]+\\.(svg|png)") || !file.siblingFiles().contains(logo))) {
            theme.problem("logo", "« " + logo + " » doit être un fichier .svg ou .png présent dans le dossier du réseau.");
            logo = null;
        }
        return new ThemeDefinition(accent == null ? null : accent.toLowerCase(java.util.Locale.ROOT), logo);
    }

    private Map<String, PluginDefinition> readPlugins(YamlFields f, List<DefinitionProblem> warnings) {
        Map<String, PluginDefinition> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : f.rawMap("plugins").entrySet()) {
            String pluginId = entry.getKey();
            if (!(entry.getValue() instanceof Map<?, ?> map)) {
                f.problem("plugins." + pluginId, "doit être un objet avec « enabled » et « settings ».");
                continue;
            }
            YamlFields p = f.child("plugins." + pluginId, YamlFields.asStringKeyed(map));
            p.rejectUnknownKeys(PLUGIN_KEYS);
            boolean enabled = p.bool("enabled", false);
            Map<String, String> settings = new LinkedHashMap<>();
            Set<String> known = knownPluginSettings.get(pluginId);
            if (known == null) {
                warnings.add(new DefinitionProblem(f.file(), f.field("plugins." + pluginId),
                        "aucun plugin « " + pluginId + " » dans cette version de la plateforme : ignoré."));
            }
            for (Map.Entry<String, Object> setting : p.rawMap("settings").entrySet()) {
                Object value = setting.getValue();
                if (value instanceof Map || value instanceof List || value == null) {
                    p.problem("settings." + setting.getKey(), "doit être une valeur simple.");
                    continue;
                }
                if (known != null && !known.contains(setting.getKey())) {
                    p.problem("settings." + setting.getKey(), "réglage inconnu du plugin « " + pluginId
                            + " » ; réglages possibles : " + String.join(", ", known.stream().sorted().toList()) + ".");
                    continue;
                }
                settings.put(setting.getKey(), String.valueOf(value).trim());
            }
            result.put(pluginId, new PluginDefinition(enabled, Map.copyOf(settings)));
        }
        return Map.copyOf(result);
    }

    private UnitDefinition readUnit(YamlFields u, UnitDefinition parent, int depth) {
        u.rejectUnknownKeys(UNIT_KEYS);
        String code = u.matching("code", u.requiredText("code", 80), CODE, "minuscules, chiffres et tirets");
        String name = u.requiredText("name", 300);
        String type = u.optionalText("type", 120);
        String region = u.optionalText("region", 3);
        String departement = u.optionalText("departement", 3);
        if (region != null && geography.region(region).isEmpty()) {
            u.problem("region", "« " + region + " » n'est pas un code de région INSEE connu.");
            region = null; // checked once: entities below are not reported again against it
        }
        if (departement != null) {
            departement = departement.toUpperCase(java.util.Locale.ROOT);
            var dep = geography.departement(departement);
            if (dep.isEmpty()) {
                u.problem("departement", "« " + departement + " » n'est pas un code de département connu.");
                departement = null; // checked once: entities below are not reported again against it
            } else if (region == null) {
                region = dep.get().regionCode();
            } else if (!dep.get().regionCode().equals(region)) {
                u.problem("departement", "le département " + departement + " (" + dep.get().name()
                        + ") n'appartient pas à la région " + region + ".");
            }
        }
        if (parent != null) {
            if (parent.region() != null && region != null && !parent.region().equals(region)) {
                u.problem("region", "l'entité est en région " + region + " mais son entité parente (« "
                        + parent.code() + " ») est en région " + parent.region() + ".");
            }
            if (parent.departement() != null && departement != null && !parent.departement().equals(departement)) {
                u.problem("departement", "l'entité est dans le département " + departement
                        + " mais son entité parente (« " + parent.code() + " ») est dans le " + parent.departement() + ".");
            }
        }
        boolean closed = u.bool("closed", false);
        UnitDefinition self = new UnitDefinition(code, name, type, region, departement, closed, List.of());
        List<UnitDefinition> children = new ArrayList<>();
        if (depth >= MAX_DEPTH) {
            if (!u.objectList("children").isEmpty()) {
                u.problem("children", "l'arbre ne peut pas dépasser " + MAX_DEPTH + " niveaux.");
            }
        } else {
            for (YamlFields child : u.objectList("children")) {
                children.add(readUnit(child, self, depth + 1));
            }
        }
        return new UnitDefinition(code, name, type, region, departement, closed, List.copyOf(children));
    }

    private static void checkUnitCodesUnique(YamlFields f, UnitDefinition root) {
        Map<String, Integer> counts = new HashMap<>();
        root.flatten().map(UnitDefinition::code).filter(java.util.Objects::nonNull)
                .forEach(code -> counts.merge(code, 1, Integer::sum));
        counts.forEach((code, count) -> {
            if (count > 1) {
                f.problem("organisation", "le code « " + code + " » est utilisé par " + count
                        + " entités ; chaque code doit être unique dans le réseau.");
            }
        });
    }

    private List<DemoAccount> readAccounts(YamlFields parent, String key, Set<String> allowedRoles) {
        List<DemoAccount> accounts = new ArrayList<>();
        for (YamlFields a : parent.objectList(key)) {
            a.rejectUnknownKeys(ACCOUNT_KEYS);
            String email = a.matching("email", a.requiredText("email", 320), EMAIL, "une adresse électronique");
            String name = a.requiredText("name", 200);
            List<String> roles = a.textList("roles");
            if (roles.isEmpty()) {
                a.problem("roles", "au moins un rôle est nécessaire.");
            }
            for (String role : roles) {
                if (!allowedRoles.contains(role)) {
                    a.problem("roles", "« " + role + " » n'est pas un rôle possible ici ; rôles possibles : "
                            + String.join(", ", allowedRoles.stream().sorted().toList()) + ".");
                }
            }
            accounts.add(new DemoAccount(email == null ? null : email.toLowerCase(java.util.Locale.ROOT), name,
                    List.copyOf(roles), a.textList("units")));
        }
        return List.copyOf(accounts);
    }

    private PlatformDefinition readPlatform(YamlFields f) {
        f.rejectUnknownKeys(Set.of("demo"));
        YamlFields demo = f.object("demo", false);
        if (demo == null) {
            return PlatformDefinition.empty();
        }
        demo.rejectUnknownKeys(PLATFORM_DEMO_KEYS);
        List<DemoAccount> accounts = readAccounts(demo, "accounts", PLATFORM_ROLES);
        for (int i = 0; i < accounts.size(); i++) {
            if (!accounts.get(i).units().isEmpty()) {
                demo.problem("accounts[" + i + "].units", "un compte de la plateforme n'est rattaché à aucune entité.");
            }
        }
        return new PlatformDefinition(accounts);
    }

    private static void checkAcrossTenants(List<TenantDefinition> tenants, List<DefinitionProblem> problems) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        Map<String, String> hosts = new HashMap<>();
        for (TenantDefinition t : tenants) {
            claim(ids, t.id(), t.source(), "id", "l'identifiant", problems);
            claim(paths, t.path(), t.source(), "path", "le chemin", problems);
            for (String host : t.hosts()) {
                claim(hosts, host, t.source(), "hosts", "l'hôte", problems);
            }
        }
    }

    private static void claim(Map<String, String> owners, String value, String source, String field, String what,
                              List<DefinitionProblem> problems) {
        if (value == null) {
            return;
        }
        String previous = owners.putIfAbsent(value, source);
        if (previous != null) {
            problems.add(new DefinitionProblem(source, field, what + " « " + value + " » est déjà utilisé par "
                    + previous + "."));
        }
    }

    private static void checkDemoEmailsUnique(List<TenantDefinition> tenants, PlatformDefinition platform,
                                              List<DefinitionProblem> problems) {
        Map<String, String> owners = new HashMap<>();
        for (TenantDefinition t : tenants) {
            for (DemoAccount a : t.demoAgents()) {
                claim(owners, a.email(), t.source(), "demo.agents", "l'adresse", problems);
            }
        }
        for (DemoAccount a : platform.demoAccounts()) {
            claim(owners, a.email(), "tenants/platform.yaml", "demo.accounts", "l'adresse", problems);
        }
    }
}
