package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.core.account.LoginThrottle;

/**
 * Throttling per address, in the container (from the test browser every request comes from 127.0.0.1,
 * which must stay usable by the other tests): many failures from one address lock that address only.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @Inject
    LoginThrottle throttle;

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryAccount() {
        String address = "198.51.100.23";
        for (int i = 0; i < 19; i++) {
            throttle.failed("victime-" + i + "@exemple.fr", address);
        }
        assertThat(throttle.lockedUntil("quelqu-un-d-autre@exemple.fr", address)).as("19 failures").isEmpty();
        throttle.failed("victime-19@exemple.fr", address);
        assertThat(throttle.lockedUntil("quelqu-un-d-autre@exemple.fr", address)).as("20 failures").isPresent();
        assertThat(throttle.lockedUntil("quelqu-un-d-autre@exemple.fr", "198.51.100.24")).isEmpty();
    }

    @Test
    void fiveFailuresLockTheAccountFromAnyAddress() {
        String email = "cible@exemple.fr";
        for (int i = 0; i < 4; i++) {
            throttle.failed(email, "203.0.113." + i);
        }
        assertThat(throttle.lockedUntil(email, "203.0.113.200")).isEmpty();
        throttle.failed(email, "203.0.113.4");
        assertThat(throttle.lockedUntil(email, "203.0.113.200")).isPresent();
        throttle.succeeded(email);
        assertThat(throttle.lockedUntil(email, "203.0.113.200")).as("forgotten after a success").isEmpty();
    }
}
