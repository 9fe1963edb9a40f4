/** Start-up of the platform: migrations, tenant definitions, and the state readiness reports. */
package org.spplus.platform.core.startup;
