package org.spplus.platform.api.security;

/** The signed-in person may not do this (answered 403). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
