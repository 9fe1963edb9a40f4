package org.spplus.platform.api.security;

/** Nobody is signed in and this needs someone (the person is sent to the sign-in page). */
public class AuthenticationRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationRequiredException() {
        super("Connexion nécessaire");
    }
}
