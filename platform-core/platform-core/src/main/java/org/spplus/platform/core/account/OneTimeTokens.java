package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;

/** Issues and redeems single-use tokens: 256 random bits, stored hashed, expiring, used once. */
@ApplicationScoped
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as seen when redeemed: usable, or why not. */
    public record Redeemed(OneTimeToken token, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public enum Problem { UNKNOWN, EXPIRED, ALREADY_USED }

    @Inject
    Persistence persistence;

    /** Creates a token in the caller's transaction and returns the secret to put in the link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(OneTimeToken.Purpose purpose, long accountId, String tenantId, Map<String, String> payload,
                        Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        persistence.platform().persist(new OneTimeToken(hash(secret), purpose, accountId, tenantId, payload,
                OffsetDateTime.now().plus(validity)));
        return secret;
    }

    /** Looks the token up without using it (to show a form before acting). */
    @Transactional(Transactional.TxType.REQUIRED)
    public Redeemed peek(OneTimeToken.Purpose purpose, String secret) {
        return find(purpose, secret, false);
    }

    /** Uses the token (locks it so that two requests cannot both use it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Redeemed redeem(OneTimeToken.Purpose purpose, String secret) {
        return find(purpose, secret, true);
    }

    private Redeemed find(OneTimeToken.Purpose purpose, String secret, boolean use) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return new Redeemed(null, Problem.UNKNOWN);
        }
        var query = persistence.platform().createQuery("select t from OneTimeToken t where t.tokenHash = :hash "
                + "and t.purpose = :purpose", OneTimeToken.class)
                .setParameter("hash", hash(secret)).setParameter("purpose", purpose)
                // from the database, not this node's cache: another node may have used it, or it was expired
                .setHint("eclipselink.refresh", "true");
        if (use) {
            query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        Optional<OneTimeToken> token = query.getResultStream().findFirst();
        if (token.isEmpty()) {
            return new Redeemed(null, Problem.UNKNOWN);
        }
        OneTimeToken t = token.get();
        if (t.getUsedAt() != null) {
            return new Redeemed(t, Problem.ALREADY_USED);
        }
        if (!t.usable(OffsetDateTime.now())) {
            return new Redeemed(t, Problem.EXPIRED);
        }
        if (use) {
            t.markUsed();
        }
        return new Redeemed(t, null);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
