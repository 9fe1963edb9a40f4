/** Discovery of the plugins present in the build, and the rules their descriptors must follow. */
package org.spplus.platform.core.plugin;
