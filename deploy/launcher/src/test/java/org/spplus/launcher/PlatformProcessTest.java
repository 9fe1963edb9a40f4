package org.spplus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the launcher reads Payara Micro's log lines (as Payara writes them, colours removed). */
class PlatformProcessTest {

    private static final String BOOT_RACE = "[2026-12-04T23:36:20.101+0000] [] [SEVERE] [NCLS-SECURITY-01144] "
            + "[javax.enterprise.system.core.security] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796420180101] "
            + "[levelValue: 1000] Error while installing policy provider: Cannot invoke "
            + "\"java.lang.ClassLoader.loadClass(String)\" because the return value of "
            + "\"java.lang.Thread.getContextClassLoader()\" is null.";

    @Test
    void theSecurityServiceStartedWithoutClassLoaderIsTheKnownBootRace() {
        assertThat(PlatformProcess.saysKnownBootRace(BOOT_RACE)).isTrue();
    }

    @Test
    void anotherPolicyProviderErrorIsNotTakenForTheRace() {
        String missingClass = BOOT_RACE.substring(0, BOOT_RACE.indexOf("Error while"))
                + "Error while installing policy provider: org.example.MissingPolicy";
        assertThat(PlatformProcess.saysKnownBootRace(missingClass)).isFalse();
        assertThat(PlatformProcess.saysKnownBootRace("[INFO] Loading policy provider "
                + "fish.payara.security.jacc.provider.PolicyProviderImpl.")).isFalse();
    }

    @Test
    void aFailedDeploymentIsRecognised() {
        assertThat(PlatformProcess.saysDeploymentFailed(
                "[2026-12-04T23:36:20.2+0000] [] [SEVERE] [] [javax.enterprise.system.core] [[ Exception while deploying "
                        + "the app [spplus] : A MultiException has 2 exceptions.")).isTrue();
        assertThat(PlatformProcess.saysDeploymentFailed("spplus was successfully deployed in 10,307 milliseconds."))
                .isFalse();
    }
}
