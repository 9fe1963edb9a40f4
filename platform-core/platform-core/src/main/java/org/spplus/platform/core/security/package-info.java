/** Who is acting: the principal the authentication mechanism establishes and the role checks services use. */
package org.spplus.platform.core.security;
