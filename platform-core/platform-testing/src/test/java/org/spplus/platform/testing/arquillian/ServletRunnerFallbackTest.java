package org.spplus.platform.testing.arquillian;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class ServletRunnerFallbackTest {

    @Test
    void aTestableDeploymentWhoseRunnerWasNotListedGetsItAtTheArchiveContextRoot() throws Exception {
        HTTPContext context = new HTTPContext("192.0.2.2", 44875);
        context.add(new Servlet("facesServlet", "/spplus"));

        afterDeploy(testable("spplus.war"), new ProtocolMetaData().addContext(context));

        Servlet runner = context.getServletByName(ServletRunnerFallback.RUNNER);
        assertThat(runner).isNotNull();
        assertThat(runner.getBaseURI().toString()).isEqualTo("http://192.0.2.2:44875/spplus/");
    }

    @Test
    void aRunnerTheConnectorFoundIsLeftAsItIs() throws Exception {
        HTTPContext context = new HTTPContext("192.0.2.2", 44875);
        context.add(new Servlet(ServletRunnerFallback.RUNNER, "/ailleurs"));

        afterDeploy(testable("spplus.war"), new ProtocolMetaData().addContext(context));

        assertThat(context.getServlets()).hasSize(1);
        assertThat(context.getServletByName(ServletRunnerFallback.RUNNER).getContextRoot()).isEqualTo("/ailleurs");
    }

    @Test
    void aClientOnlyDeploymentNeedsNoRunner() throws Exception {
        HTTPContext context = new HTTPContext("192.0.2.2", 44875);
        DeploymentDescription clientOnly = testable("spplus.war");
        clientOnly.shouldBeTestable(false);

        afterDeploy(clientOnly, new ProtocolMetaData().addContext(context));

        assertThat(context.getServlets()).isEmpty();
    }

    private static DeploymentDescription testable(String name) {
        DeploymentDescription description =
                new DeploymentDescription("deployment", ShrinkWrap.create(WebArchive.class, name));
        description.shouldBeTestable(true);
        description.setTestableArchive(ShrinkWrap.create(WebArchive.class, name));
        return description;
    }

    private static void afterDeploy(DeploymentDescription deployment, ProtocolMetaData metaData) throws Exception {
        ServletRunnerFallback fallback = new ServletRunnerFallback();
        Field field = ServletRunnerFallback.class.getDeclaredField("protocolMetaData");
        field.setAccessible(true);
        Instance<ProtocolMetaData> instance = () -> metaData;
        field.set(fallback, instance);
        DeployableContainer<?> container = (DeployableContainer<?>) Proxy.newProxyInstance(
                DeployableContainer.class.getClassLoader(), new Class<?>[] {DeployableContainer.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        fallback.addMissingRunner(new AfterDeploy(container, deployment));
    }
}
