/** Pages of a person's own account: sign-in and out, sign-up, password, profile, invitation, contributions. */
package org.spplus.platform.core.web.account;
