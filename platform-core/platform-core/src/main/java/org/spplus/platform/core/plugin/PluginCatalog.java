package org.spplus.platform.core.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.api.security.Roles;

/**
 * The plugins of a build, checked: well-formed ids and roots, no duplicate id or root, no root that
 * collides with the core's own paths, known roles. A catalog with problems must not be used.
 */
public final class PluginCatalog {

    /** URL segments the core itself uses; a plugin may not take them as its root. */
    public static final Set<String> RESERVED_ROOTS = Set.of("t", "backoffice", "erreur", "error", "dsfr", "theme",
            "jakarta.faces.resource", "health", "api", "compte", "connexion", "admin", "plateforme", "moderation",
            "demo", "static", "resources", "index", "bench");

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Map<String, PlatformPlugin> byId;
    private final Map<String, PlatformPlugin> byRoot;
    private final List<String> problems;

    private PluginCatalog(Map<String, PlatformPlugin> byId, Map<String, PlatformPlugin> byRoot, List<String> problems) {
        this.byId = byId;
        this.byRoot = byRoot;
        this.problems = problems;
    }

    public static PluginCatalog of(List<PlatformPlugin> discovered) {
        List<String> problems = new ArrayList<>();
        Map<String, PlatformPlugin> byId = new LinkedHashMap<>();
        Map<String, PlatformPlugin> byRoot = new LinkedHashMap<>();
        List<PlatformPlugin> sorted = new ArrayList<>(discovered);
        sorted.sort(Comparator.comparing(p -> String.valueOf(p.id())));
        for (PlatformPlugin plugin : sorted) {
            String type = typeName(plugin);
            String id = plugin.id();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add("Plugin " + type + ": identifiant « " + id
                        + " » invalide (minuscules, chiffres et tirets, commençant par une lettre).");
                continue;
            }
            PlatformPlugin previous = byId.putIfAbsent(id, plugin);
            if (previous != null) {
                problems.add("Deux plugins déclarent l'identifiant « " + id + " » : " + typeName(previous)
                        + " et " + type + ". Retirez l'un des deux de la construction.");
                continue;
            }
            String root = plugin.pathRoot();
            if (root == null || !ID.matcher(root).matches()) {
                problems.add("Plugin « " + id + " » : racine d'URL « " + root + " » invalide.");
            } else if (RESERVED_ROOTS.contains(root)) {
                problems.add("Plugin « " + id + " » : la racine d'URL « " + root + " » est réservée à la plateforme.");
            } else {
                PlatformPlugin sameRoot = byRoot.putIfAbsent(root, plugin);
                if (sameRoot != null) {
                    problems.add("Les plugins « " + sameRoot.id() + " » et « " + id
                            + " » déclarent la même racine d'URL « " + root + " ».");
                }
            }
            if (plugin.name() == null) {
                problems.add("Plugin « " + id + " » : nom manquant.");
            }
            for (String role : plugin.roles()) {
                if (!Roles.isKnown(role)) {
                    problems.add("Plugin « " + id + " » : rôle « " + role + " » inconnu de la plateforme.");
                }
            }
            if (plugin.messageBundle() == null || plugin.messageBundle().isBlank()) {
                problems.add("Plugin « " + id + " » : paquet de messages manquant.");
            }
        }
        return new PluginCatalog(Map.copyOf(byId), Map.copyOf(byRoot), List.copyOf(problems));
    }

    private static String typeName(PlatformPlugin plugin) {
        String name = plugin.getClass().getName();
        int proxy = name.indexOf("$Proxy$");
        return proxy > 0 ? name.substring(0, proxy) : name;
    }

    public List<String> problems() {
        return problems;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public List<PlatformPlugin> all() {
        return byId.values().stream().sorted(Comparator.comparing(PlatformPlugin::id)).toList();
    }

    public Optional<PlatformPlugin> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Optional<PlatformPlugin> byRoot(String root) {
        return Optional.ofNullable(root == null ? null : byRoot.get(root));
    }
}
