package org.spplus.platform.core.security.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.core.account.ExternalAccounts;
import org.spplus.platform.core.security.SignIn;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.LocalRedirects;

/**
 * {@code /connexion/oidc/<provider>} starts the authorization code flow (state and nonce of 256 random
 * bits, kept in the session); {@code /connexion/oidc/<provider>/retour} takes the provider's answer, once
 * per state, verifies everything and signs the person in.
 */
@WebServlet("/connexion/oidc/*")
public class OidcLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcLoginServlet.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PENDING = "spplus.oidc.pending";
    /** The session attributes kept for signing out at the provider. */
    public static final String SIGNED_IN_PROVIDER = "spplus.oidc.provider";
    public static final String SIGNED_IN_ID_TOKEN = "spplus.oidc.idToken";
    /** Why the last attempt failed, shown once by the sign-in page (never carried in the URL). */
    public static final String FAILURE = "spplus.oidc.failure";

    /** A sign-in in progress. */
    record Pending(String provider, String nonce, String returnTo, String invitation, long startedAt)
            implements Serializable {
    }

    @Inject
    transient OidcProviders providers;

    @Inject
    transient OidcClient client;

    @Inject
    transient ExternalAccounts accounts;

    @Inject
    transient SignIn signIn;

    @Inject
    transient org.spplus.platform.api.web.PublicLinks links;

    @Inject
    transient org.spplus.platform.core.security.Memberships memberships;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        Optional<OidcProvider> provider = parts.length > 1 ? providers.find(parts[1]) : Optional.empty();
        if (provider.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (parts.length == 2) {
            start(provider.get(), request, response);
        } else if (parts.length == 3 && parts[2].equals("retour")) {
            finish(provider.get(), request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void start(OidcProvider provider, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String state = randomToken();
        String nonce = randomToken();
        pending(request.getSession()).put(state, new Pending(provider.name(), nonce,
                LocalRedirects.safe(request.getParameter("retour")), request.getParameter("invitation"),
                System.currentTimeMillis()));
        try {
            response.sendRedirect(client.authorizationUrl(provider, state, nonce, callback(provider)).toString());
        } catch (OidcClient.OidcException e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
            fail(request, response, provider.label() + " ne répond pas pour le moment. Réessayez dans quelques minutes"
                    + " ou connectez-vous avec votre adresse et votre mot de passe.");
        }
    }

    private void finish(OidcProvider provider, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        Pending pending = session == null || state == null ? null : pending(session).remove(state);
        if (pending == null || !pending.provider().equals(provider.name())
                || System.currentTimeMillis() - pending.startedAt() > 10 * 60 * 1000) {
            fail(request, response, "Cette demande de connexion a expiré ou a déjà été utilisée. Recommencez.");
            return;
        }
        if (request.getParameter("error") != null || request.getParameter("code") == null) {
            fail(request, response, "La connexion avec " + provider.label() + " a été annulée.");
            return;
        }
        try {
            OidcClient.VerifiedIdentity identity = client.complete(provider, request.getParameter("code"),
                    callback(provider), pending.nonce());
            long accountId;
            String invitedTenantPath = null;
            if (OidcProvider.FRANCECONNECT.equals(provider.name())) {
                accountId = accounts.franceConnect(identity);
            } else {
                ExternalAccounts.ProConnectSignIn agent = accounts.proConnect(identity, pending.invitation());
                accountId = agent.accountId();
                invitedTenantPath = agent.invitedTenantPath();
            }
            // an accepted invitation leads to the network's back office, as with a password
            String destination = invitedTenantPath != null ? "/t/" + invitedTenantPath + "/"
                    : memberships.landingPath(accountId, pending.returnTo());
            signIn.establish(accountId, provider.name(), request, response);
            request.getSession().setAttribute(SIGNED_IN_PROVIDER, provider.name());
            request.getSession().setAttribute(SIGNED_IN_ID_TOKEN, identity.idToken());
            response.sendRedirect(request.getContextPath() + destination);
        } catch (OidcClient.OidcException e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
            fail(request, response, "La connexion avec " + provider.label() + " a échoué : la réponse reçue n’a pas pu "
                    + "être vérifiée. Recommencez ; si le problème persiste, connectez-vous autrement.");
        } catch (InvalidInput e) {
            fail(request, response, String.join(" ", e.problems().values()));
        }
    }

    private URI callback(OidcProvider provider) {
        return URI.create(links.absolute("/connexion/oidc/")
                + provider.name() + "/retour");
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        request.getSession().setAttribute(FAILURE, message);
        response.sendRedirect(request.getContextPath() + "/connexion");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> pending(HttpSession session) {
        synchronized (session) {
            Map<String, Pending> map = (Map<String, Pending>) session.getAttribute(PENDING);
            if (map == null) {
                map = new HashMap<>();
                session.setAttribute(PENDING, map);
            }
            return map;
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes); // 43 characters
    }
}
