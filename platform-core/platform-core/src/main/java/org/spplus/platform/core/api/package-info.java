/** The platform's public API root and its rate limit. */
package org.spplus.platform.core.api;
