package org.spplus.plugin.experiences.handling.control;

/** Fired when deliveries were written: after the commit, they are carried out at once. */
public record DeliveryRequested(long storyId) {
}
