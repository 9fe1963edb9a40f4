package org.spplus.plugin.experiences.handling.control;

import org.spplus.platform.api.web.NotFoundException;

/** The case does not exist here, or is outside the person's inboxes (answered 404, nothing shown). */
public class CaseNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException() {
        super("Cette expérience n'est pas dans vos bannettes.");
    }
}
