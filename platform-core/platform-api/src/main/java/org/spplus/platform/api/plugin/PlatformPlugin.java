package org.spplus.platform.api.plugin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The descriptor of a plugin: one {@code @ApplicationScoped} bean per plugin jar implements it.
 *
 * <p>A plugin jar also carries {@code META-INF/beans.xml}, a named {@code META-INF/faces-config.xml},
 * its pages under {@code META-INF/resources/<pathRoot>/} (back-office pages under
 * {@code META-INF/resources/<pathRoot>/backoffice/}), its JPA mapping file
 * {@code META-INF/orm-<id>.xml}, its Flyway migrations under {@link #migrationLocation()} and its
 * message bundle {@link #messageBundle()}.
 */
public interface PlatformPlugin {

    /** Stable identifier, {@code [a-z][a-z0-9-]*}; also the key of its settings in tenant definitions. */
    String id();

    /** Human name, shown in navigation and administration. */
    LocalizedText name();

    /** First URL segment of the plugin's pages, public ({@code /<root>/...}) and back office ({@code /t/{tenant}/<root>/...}). */
    default String pathRoot() {
        return id();
    }

    /** Links the plugin adds to the navigation of the areas where it is enabled. */
    List<NavigationEntry> navigation();

    /** Roles the plugin's pages and services check (platform or tenant roles, see {@code Roles}). */
    Set<String> roles();

    /** Settings with their default values, overridden per tenant. */
    Map<String, String> defaultSettings();

    /** Base name of the plugin's resource bundle (French default, {@code _en} variant). */
    String messageBundle();

    /**
     * The plugin's public pages that keep nothing between requests, by their path under {@link #pathRoot()}
     * ({@code "index"} for {@code /<root>/}, {@code "experience"} for {@code /<root>/experience}). Faces saves no
     * view state for them and no session is opened for their readers, so that a reader or a crawler costs no
     * memory once answered. What such a page shows must come from its address, the form it sends and the
     * database: its beans are request-scoped, and its forms carry what their next request needs. Their forms are
     * not bound to a session: only pages whose actions a cross-site form could not abuse belong here (the
     * session cookie is {@code SameSite=Lax}, so such a form never acts as a signed-in person).
     */
    default Set<String> statelessPages() {
        return Set.of();
    }

    /** Flyway location of the plugin's migrations, with their own history table. */
    default String migrationLocation() {
        return "classpath:db/migration/" + id().replace('-', '_');
    }
}
