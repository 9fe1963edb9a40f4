package org.spplus.platform.api.web;

/**
 * What was asked for does not exist, or is not the person's to see (told the same way): answered 404.
 * Thrown by services and pages of plugins; the platform turns it into its "page not found".
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
