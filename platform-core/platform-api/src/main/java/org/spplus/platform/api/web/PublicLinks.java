package org.spplus.platform.api.web;

/** Absolute links to the platform, for mails and embeddable snippets (from its configured public URL). */
public interface PublicLinks {

    /** The absolute URL of a path below the context path, such as {@code "/experiences/suivi?jeton=..."}. */
    String absolute(String path);

    /** The absolute URL of a page of a network's back office, such as {@code backOffice("caf", "/experiences/")}. */
    String backOffice(String tenantId, String path);
}
