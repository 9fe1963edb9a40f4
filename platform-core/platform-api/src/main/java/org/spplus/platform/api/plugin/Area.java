package org.spplus.platform.api.plugin;

/** Where a page or a navigation entry lives. */
public enum Area {
    /** The unified public portal, across all networks. */
    PUBLIC,
    /** A network's back office, under {@code /t/{tenant}/}. */
    BACK_OFFICE
}
