/**
 * "Essai", a plugin that exists only in the tests: it proves the plugin mechanism end to end (discovery,
 * migrations with their own history, entity mapping, pages, messages, per-tenant switch) and carries the
 * tenant-owned entity the isolation tests write and read.
 */
package org.spplus.webapp.essai;
