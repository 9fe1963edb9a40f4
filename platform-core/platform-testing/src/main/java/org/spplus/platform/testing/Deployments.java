package org.spplus.platform.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds Arquillian deployments from the application as it is packaged. */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR the build produced ({@code spplus.war} system property, set by the build). */
    public static WebArchive builtWar() {
        String path = System.getProperty("spplus.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property spplus.war must name the packaged WAR (got " + path + ")");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }

    /** Adds the jar (or classes folder) a class was loaded from to the WAR's libraries. */
    public static WebArchive withLibraryOf(WebArchive war, Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.toFile().isFile()) {
                war.addAsLibrary(location.toFile());
            } else {
                war.addPackages(true, type.getPackage());
            }
            return war;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
