package org.spplus.platform.core.startup;

/** CDI event fired once the platform is migrated, loaded and serving. */
public record PlatformReady() {
}
