/** The platform core: everything plugins stand on, implemented once. */
package org.spplus.platform.core;
