/** The persistence unit's entity managers bound to the current tenant, and the Flyway migrations of every module. */
package org.spplus.platform.core.persistence;
