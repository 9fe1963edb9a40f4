package org.spplus.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress("10.0.0.2, 10.0.0.3");

    @Test
    void withoutTrustedProxyTheConnectionAddressIsTheClient() {
        assertThat(new ClientAddress("").of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(behindProxy.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheLastHopItAppendedIsTheClient() {
        assertThat(behindProxy.of("10.0.0.2", "198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void addressesMadeUpByTheClientOnTheLeftAreNotBelieved() {
        assertThat(behindProxy.of("10.0.0.2", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void chainedTrustedProxiesAreSkipped() {
        assertThat(behindProxy.of("10.0.0.2", "198.51.100.7, 10.0.0.3")).isEqualTo("198.51.100.7");
    }

    @Test
    void anEmptyHeaderFallsBackToTheConnection() {
        assertThat(behindProxy.of("10.0.0.2", " ")).isEqualTo("10.0.0.2");
    }
}
