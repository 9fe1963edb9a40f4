package org.spplus.platform.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For integration test runs (system property {@code spplus.it=true}): starts the {@link TestEnvironment}
 * before any test and points the Payara Micro that Arquillian starts at it ({@code payara.cmdOptions}).
 *
 * <p>Other properties read: {@code spplus.test.tenants} (the tenant definitions folder the server loads)
 * and {@code spplus.test.server-options} (more JVM options for the server).
 */
public class PlatformTestSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("spplus.it")) {
            return;
        }
        TestEnvironment env = TestEnvironment.get();
        List<String> options = new ArrayList<>(List.of("-Xms128m", "-Xmx640m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        options.addAll(env.serverOptions());
        String tenants = System.getProperty("spplus.test.tenants");
        if (tenants != null && !tenants.isBlank()) {
            options.add("-Dplatform.tenants.directory=" + new File(tenants).getAbsolutePath());
        }
        String extra = System.getProperty("spplus.test.server-options");
        if (extra != null && !extra.isBlank()) {
            options.add(extra);
        }
        System.setProperty("payara.cmdOptions", String.join(" ", options));
        System.setProperty("payara.clusterEnabled", "false");
        System.setProperty("payara.randomHttpPort", "false");
        System.setProperty("payara.startupTimeoutInSeconds", "240");
        String war = System.getProperty("spplus.war");
        System.setProperty("payara.extraMicroOptions", "--disablephonehome --port " + env.httpPort()
                + (war == null ? "" : " --prebootcommandfile " + prebootCommands(war)));
    }

    /**
     * The asadmin commands Payara Micro runs before it boots, as the launcher runs them: the WAR's
     * {@code WEB-INF/payara-preboot.asadmin} (the session cookie's SameSite attribute, which Payara
     * sets on its HTTP listener rather than from the application's descriptor).
     */
    private static String prebootCommands(String war) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(war)) {
            java.util.zip.ZipEntry entry = zip.getEntry("WEB-INF/payara-preboot.asadmin");
            if (entry == null) {
                throw new IllegalStateException(war + " has no WEB-INF/payara-preboot.asadmin");
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("payara-preboot", ".asadmin");
            try (java.io.InputStream in = zip.getInputStream(entry)) {
                java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestEnvironment.stopIfStarted();
    }
}
