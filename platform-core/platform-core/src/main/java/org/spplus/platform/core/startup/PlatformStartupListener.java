package org.spplus.platform.core.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the platform while the web application deploys, in the web module's context (where the
 * application's resources, such as its data source, can be looked up), before any request is served.
 */
@WebListener
public class PlatformStartupListener implements ServletContextListener {

    @Inject
    PlatformStartup startup;

    @Inject
    org.spplus.platform.core.config.Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // session cookies only over HTTPS when the platform is served over HTTPS (not on a developer's http://localhost)
        event.getServletContext().getSessionCookieConfig().setSecure(
                settings.get(org.spplus.platform.core.config.CoreSetting.PUBLIC_URL).startsWith("https://"));
        startup.attempt();
    }
}
