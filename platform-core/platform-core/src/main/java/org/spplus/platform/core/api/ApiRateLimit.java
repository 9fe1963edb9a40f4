package org.spplus.platform.core.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.web.ClientAddress;

/**
 * Limits each client address to {@code platform.api.requests-per-minute} requests to the public API (a token
 * bucket refilled continuously); beyond, 429 with {@code Retry-After} and a French message. Addresses behind
 * the trusted proxies are those of {@code X-Forwarded-For}.
 */
@Provider
public class ApiRateLimit implements ContainerRequestFilter {

    private static final int MAX_TRACKED = 100_000;
    private static final ConcurrentHashMap<String, Bucket> BUCKETS = new ConcurrentHashMap<>();

    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        int perMinute = Math.max(1, settings.getInt(CoreSetting.API_REQUESTS_PER_MINUTE));
        String address = new ClientAddress(settings.get(CoreSetting.TRUSTED_PROXIES))
                .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        if (BUCKETS.size() > MAX_TRACKED) {
            BUCKETS.clear(); // a flood of addresses: start afresh rather than grow without bound
        }
        Bucket bucket = BUCKETS.computeIfAbsent(address + "/" + perMinute, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.setProperty("spplus.api.remaining", probe.getRemainingTokens());
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        context.abortWith(Response.status(429).header("Retry-After", seconds).type(MediaType.APPLICATION_JSON_TYPE
                        .withCharset("UTF-8"))
                .entity("{\"erreur\":\"Trop de requêtes depuis votre adresse : réessayez dans " + seconds
                        + " secondes (au plus " + perMinute + " requêtes par minute).\"}").build());
    }
}
