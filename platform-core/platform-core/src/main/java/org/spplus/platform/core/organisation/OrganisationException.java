package org.spplus.platform.core.organisation;

/** A change to the organisation tree that is refused, with a French message for the person who asked. */
public class OrganisationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrganisationException(String message) {
        super(message);
    }
}
