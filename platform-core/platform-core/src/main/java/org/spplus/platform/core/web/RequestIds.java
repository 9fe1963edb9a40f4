package org.spplus.platform.core.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short identifier per HTTP request, in logs, audit events and error pages (to quote to support). */
public final class RequestIds {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    static String next() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void set(String id) {
        if (id == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(id);
        }
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }
}
