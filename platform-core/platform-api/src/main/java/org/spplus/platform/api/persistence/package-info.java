/** Access to the platform's single persistence unit, tenant-scoped or platform-wide. */
package org.spplus.platform.api.persistence;
