package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.security.oidc.OidcClient;
import org.spplus.platform.core.security.oidc.OidcLoginServlet;
import org.spplus.platform.core.security.oidc.OidcProviders;

/** Ends a session, and the identity provider's session when the person signed in through one. */
@ApplicationScoped
public class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    @Inject
    SignIn signIn;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Inject
    OidcProviders providers;

    @Inject
    OidcClient oidc;

    @Inject
    Settings settings;

    /** Signs out and returns where to go next: the provider's end-session URL (absolute), or a local path. */
    public String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String provider = session == null ? null : (String) session.getAttribute(OidcLoginServlet.SIGNED_IN_PROVIDER);
        String idToken = session == null ? null : (String) session.getAttribute(OidcLoginServlet.SIGNED_IN_ID_TOKEN);
        signIn.signOut(request);
        if (provider != null && idToken != null) {
            try {
                URI after = URI.create(settings.get(CoreSetting.PUBLIC_URL).replaceAll("/+$", "") + "/?deconnecte");
                URI end = oidc.endSessionUrl(providers.find(provider).orElseThrow(), idToken,
                        randomState(), after);
                if (end != null) {
                    return end.toString();
                }
            } catch (OidcClient.OidcException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not end the " + provider + " session", e);
            }
        }
        return "/?deconnecte";
    }

    private static String randomState() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
