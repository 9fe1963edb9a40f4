/** Accounts (platform-wide) and agents (an account's membership of a network, with roles and entities). */
package org.spplus.platform.core.account;
