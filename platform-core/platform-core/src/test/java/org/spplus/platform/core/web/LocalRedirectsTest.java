package org.spplus.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRedirectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/compte/", "/t/caf/administration/agents?x=1", "/connexion?retour=%2Fcompte"})
    void localPathsAreKept(String path) {
        assertThat(LocalRedirects.safe(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exemple.org/", "//exemple.org/", "/\\exemple.org", "/\t/exemple.org",
            "/\n/exemple.org", "compte", "javascript:alert(1)", " ", "/a\u007f"})
    void anythingThatCouldLeaveThePlatformIsDropped(String path) {
        assertThat(LocalRedirects.safe(path)).isNull();
    }

    @Test
    void nullAndOverlongAreDropped() {
        assertThat(LocalRedirects.safe(null)).isNull();
        assertThat(LocalRedirects.safe("/" + "a".repeat(600))).isNull();
    }
}
