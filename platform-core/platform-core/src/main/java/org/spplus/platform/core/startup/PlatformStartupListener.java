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

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.attempt();
    }
}
