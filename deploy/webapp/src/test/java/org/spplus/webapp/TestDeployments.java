package org.spplus.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.spplus.platform.testing.Deployments;
import org.spplus.webapp.essai.EssaiPlugin;

/** The packaged application plus the test-only plugin "essai", as every integration test deploys it. */
public final class TestDeployments {

    private static final String PERSISTENCE_XML = "WEB-INF/classes/META-INF/persistence.xml";
    private static final String PLUGIN_RESOURCES = "essai-plugin/";

    private TestDeployments() {
    }

    public static WebArchive withEssaiPlugin() {
        WebArchive war = Deployments.builtWar();
        war.addAsLibrary(essaiPluginJar());
        addMappingFile(war, "META-INF/orm-essai.xml");
        Deployments.withLibraryOf(war, org.assertj.core.api.Assertions.class);
        // test classes mixing in-container and client steps name the client fixtures in their fields
        Deployments.withLibraryOf(war, org.spplus.platform.testing.WebVisitor.class);
        war.addClasses(TestDeployments.class, Transactions.class, TestAccounts.class);
        return war;
    }

    /** The test plugin as a jar of its own, laid out as a real plugin jar. */
    static JavaArchive essaiPluginJar() {
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, "spplus-plugin-essai.jar")
                .addPackage(EssaiPlugin.class.getPackage());
        for (String resource : new String[] {"META-INF/beans.xml", "META-INF/faces-config.xml", "META-INF/orm-essai.xml",
                "META-INF/resources/essai/index.xhtml", "META-INF/resources/essai/panne.xhtml", "META-INF/resources/essai/backoffice/index.xhtml",
                "db/migration/essai/V1__essai_notes.sql", "org/spplus/webapp/essai/messages.properties",
                "org/spplus/webapp/essai/messages_fr.properties"}) {
            jar.addAsResource(PLUGIN_RESOURCES + resource, resource);
        }
        return jar;
    }

    /** Lists one more mapping file in the application's persistence unit, as a build with that plugin would. */
    static void addMappingFile(WebArchive war, String mappingFile) {
        Node node = war.get(ArchivePath.class.cast(org.jboss.shrinkwrap.api.ArchivePaths.create(PERSISTENCE_XML)));
        String xml;
        try (InputStream in = node.getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String anchor = "<mapping-file>META-INF/orm-core.xml</mapping-file>";
        if (!xml.contains(anchor)) {
            throw new IllegalStateException("persistence.xml no longer lists " + anchor);
        }
        xml = xml.replace(anchor, anchor + "\n    <mapping-file>" + mappingFile + "</mapping-file>");
        war.delete(PERSISTENCE_XML);
        war.add(new StringAsset(xml), PERSISTENCE_XML);
    }
}
