/** The append-only audit log every module writes to through the core. */
package org.spplus.platform.api.audit;
