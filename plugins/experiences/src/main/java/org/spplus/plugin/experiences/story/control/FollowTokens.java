package org.spplus.plugin.experiences.story.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random keys given to a browser or put in a link (a story's follow-up link, a wizard draft, a browser's
 * "similar experience" vote), and the hashes stored in their place: the database never holds the key.
 */
public final class FollowTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FollowTokens() {
    }

    /** A new key: 32 random bytes, URL-safe (43 characters). */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a key (so that anything else is refused before any lookup). */
    public static boolean looksLikeKey(String key) {
        return key != null && key.matches("[A-Za-z0-9_-]{43}");
    }

    /** The SHA-256 of the key, in hexadecimal. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
