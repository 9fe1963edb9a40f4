package org.spplus.plugin.experiences.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ButtonLinksTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void aSignatureBindsTheNetworkAndTheProcedure() {
        String signature = ButtonLinks.sign(KEY, "caf", "caf-apl");
        assertThat(signature).matches("[A-Za-z0-9_-]{43}").isEqualTo(ButtonLinks.sign(KEY, "caf", "caf-apl"));
        assertThat(ButtonLinks.sign(KEY, "caf", "caf-rsa")).isNotEqualTo(signature);
        assertThat(ButtonLinks.sign(KEY, "dgfip", "caf-apl")).isNotEqualTo(signature);
        assertThat(ButtonLinks.sign(KEY.replace('0', '1'), "caf", "caf-apl")).isNotEqualTo(signature);
        assertThat(ButtonLinks.sign(KEY, "caf:caf", "apl")).isNotEqualTo(ButtonLinks.sign(KEY, "caf", "caf:apl"));
    }
}
