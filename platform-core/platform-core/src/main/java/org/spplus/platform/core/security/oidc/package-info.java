/**
 * Sign-in through FranceConnect (citizens) and ProConnect (agents): OpenID Connect authorization code
 * flow built on Nimbus, with signed userinfo verified (Jakarta Security's own mechanism cannot read it).
 */
package org.spplus.platform.core.security.oidc;
