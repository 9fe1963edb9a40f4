package org.spplus.plugin.experiences.embed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.web.PublicLinks;

/**
 * The links of a network's "Je donne mon avis" button and banner: to the wizard with the network chosen, and,
 * at the end of an online procedure, with the procedure and a signature (HMAC-SHA256 with the network's key)
 * so that nobody can mark a story as following a procedure it does not follow.
 */
@ApplicationScoped
@Transactional
public class ButtonLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Persistence persistence;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    /** The wizard's address for the network, optionally following a procedure (signed). */
    public String wizardLink(String tenantId, String procedureCode) {
        String link = links.absolute("/experiences/deposer?reseau=" + tenantId + "&origine=bouton:" + tenantId);
        if (procedureCode == null || procedureCode.isBlank()) {
            return link;
        }
        return link + "&demarche=" + procedureCode + "&signature=" + sign(keyOf(tenantId), tenantId, procedureCode);
    }

    /** Whether the signature is the network's for this procedure. */
    public boolean verify(String tenantId, String procedureCode, String signature) {
        if (tenantId == null || procedureCode == null || signature == null || signature.length() > 100) {
            return false;
        }
        Optional<String> key = existingKey(tenantId);
        return key.isPresent() && MessageDigest.isEqual(sign(key.get(), tenantId, procedureCode)
                .getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String keyOf(String tenantId) {
        return existingKey(tenantId).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            persistence.platform().createNativeQuery("insert into exp_button_key (tenant_id, secret, created_at) "
                            + "values (?1, ?2, ?3) on conflict (tenant_id) do nothing")
                    .setParameter(1, tenantId).setParameter(2, secret).setParameter(3, OffsetDateTime.now(clock))
                    .executeUpdate();
            return existingKey(tenantId).orElseThrow();
        });
    }

    private Optional<String> existingKey(String tenantId) {
        @SuppressWarnings("unchecked")
        List<String> found = persistence.platform().createNativeQuery("select secret from exp_button_key "
                + "where tenant_id = ?1").setParameter(1, tenantId).getResultList();
        return found.stream().findFirst();
    }

    static String sign(String secret, String tenantId, String procedureCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            // length-prefixed, so that no other pair of network and procedure gives the same message
            byte[] digest = mac.doFinal((tenantId.length() + ":" + tenantId + ":" + procedureCode)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
