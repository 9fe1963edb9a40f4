package org.spplus.platform.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.primefaces.context.PrimeFacesContext;
import org.spplus.platform.core.security.oidc.OidcProviders;

/**
 * The Content-Security-Policy of pages, given to PrimeFaces' nonce mode ({@code primefaces.CSP_POLICY}),
 * which adds {@code script-src 'self' 'nonce-…'}: only scripts the page itself carries run. Forms may be
 * sent only to the platform, and sign-out may continue to the configured identity providers.
 */
@Named
@ApplicationScoped
public class CspPolicy {

    @Inject
    OidcProviders providers;

    private volatile String value;

    public String getValue() {
        if (value == null) {
            String formTargets = providers.enabled().stream().map(p -> " " + p.origin()).distinct()
                    .collect(Collectors.joining());
            // script-src comes last: PrimeFaces appends the page's nonce to the end of the policy
            value = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                    + "form-action 'self'" + formTargets + "; script-src 'self'";
        }
        return value;
    }

    /** The hidden field that carries the page's nonce in every form ({@link CspFormNonce}). */
    public String getNonceField() {
        String nonce = getNonce();
        // a nonce is Base64: nothing to escape
        return nonce.isEmpty() ? "" : "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>";
    }

    /** The nonce of the current page, for the few script elements the templates write themselves. */
    public String getNonce() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? "" : PrimeFacesContext.getCspState(context).getNonce();
    }
}
