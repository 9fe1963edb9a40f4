/** The contract between the platform core and its plugins: nothing here depends on the core's implementation. */
package org.spplus.platform.api;
