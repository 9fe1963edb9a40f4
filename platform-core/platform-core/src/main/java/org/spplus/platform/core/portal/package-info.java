/** The unified public portal's own services (contact). */
package org.spplus.platform.core.portal;
