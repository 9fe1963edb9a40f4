package org.spplus.platform.core.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The address of the person behind a request. Behind a reverse proxy every request comes from the
 * proxy, so the address is read from {@code X-Forwarded-For} — but only when the request comes from a
 * proxy named in {@code platform.trusted-proxies}, and only the hops that proxy appended: the rightmost
 * address that is not itself a trusted proxy (anything to its left may have been made up by the client).
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(String trustedProxiesSetting) {
        this.trustedProxies = Stream.of(trustedProxiesSetting == null ? new String[0] : trustedProxiesSetting.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address given the connection's remote address and the X-Forwarded-For header (may be null). */
    public String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        List<String> hops = Stream.of(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.get(0);
    }
}
