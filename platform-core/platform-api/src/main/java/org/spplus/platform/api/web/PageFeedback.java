package org.spplus.platform.api.web;

import org.spplus.platform.api.validation.InvalidInput;

/**
 * What a page tells the person after an action, in the platform's one way: refusals beside their fields
 * (nothing typed is lost), confirmations for the whole page.
 */
public interface PageFeedback {

    /**
     * Shows each problem on the component {@code <formId>:<field>}, the form-wide one (key "") on the page;
     * with a null form id, every problem shows on the page.
     */
    void show(String formId, InvalidInput problems);

    /** Shows a message for the whole page (an error, when an action is refused as a whole). */
    void refuse(String message);

    /** Shows a confirmation for the whole page, kept across a redirect. */
    void confirm(String message);

    /** Shows a confirmation and returns the outcome that reloads the page with a GET (post/redirect/get). */
    String confirmAndReload(String message);
}
