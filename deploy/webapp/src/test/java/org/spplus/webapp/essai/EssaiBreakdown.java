package org.spplus.webapp.essai;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A page of the test plugin that breaks while rendering, to see what a visitor gets on an unexpected error. */
@Named
@RequestScoped
public class EssaiBreakdown {

    public String getFailure() {
        throw new IllegalStateException("Panne provoquée par le test (détail interne à ne jamais montrer)");
    }
}
