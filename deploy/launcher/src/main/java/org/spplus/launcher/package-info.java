/** Starts the platform: an embedded PostgreSQL when none is configured, then Payara Micro with the WAR. */
package org.spplus.launcher;
