/** Which network (tenant) the current work belongs to, in a request or in explicitly scoped background work. */
package org.spplus.platform.api.tenant;
