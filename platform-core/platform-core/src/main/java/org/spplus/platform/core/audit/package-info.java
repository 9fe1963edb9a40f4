/** The append-only audit log: one row per action, written in the transaction of the action. */
package org.spplus.platform.core.audit;
