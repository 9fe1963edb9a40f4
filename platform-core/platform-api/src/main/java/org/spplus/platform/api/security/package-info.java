/** Who is acting: the current user and the platform's role names. */
package org.spplus.platform.api.security;
