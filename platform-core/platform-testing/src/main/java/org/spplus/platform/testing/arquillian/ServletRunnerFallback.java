package org.spplus.platform.testing.arquillian;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;

/**
 * Works around a race in the Payara Micro Arquillian connector (3.1): it reads the server's console
 * every 200 ms and parses the deployed servlets as soon as the "Instance Configuration" header is
 * there, even when the rest of that multi-line record has not been read yet. On a busy machine the
 * servlet list then comes out empty and every in-container test of the class fails with
 * "ArquillianServletRunnerEE9 not found". The server address was parsed correctly; only the runner
 * servlet is missing, and its place is known: the deployed archive's context root.
 */
public class ServletRunnerFallback {

    static final String RUNNER = "ArquillianServletRunnerEE9";
    private static final Logger LOG = Logger.getLogger(ServletRunnerFallback.class.getName());

    @Inject
    private Instance<ProtocolMetaData> protocolMetaData;

    public void addMissingRunner(@Observes AfterDeploy event) {
        DeploymentDescription deployment = event.getDeployment();
        ProtocolMetaData metaData = protocolMetaData.get();
        if (!deployment.testable() || !deployment.isArchiveDeployment() || metaData == null) {
            return;
        }
        String contextRoot = contextRootOf(deployment.getArchive().getName());
        for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
            if (context.getServletByName(RUNNER) == null) {
                LOG.warning("The connector did not list " + RUNNER + " for " + deployment.getName()
                        + " (console read too early); using context root " + contextRoot);
                context.add(new Servlet(RUNNER, contextRoot));
            }
        }
    }

    static String contextRootOf(String archiveName) {
        int dot = archiveName.lastIndexOf('.');
        return "/" + (dot > 0 ? archiveName.substring(0, dot) : archiveName);
    }
}
