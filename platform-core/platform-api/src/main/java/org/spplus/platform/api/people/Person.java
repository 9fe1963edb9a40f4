package org.spplus.platform.api.people;

/**
 * Someone the platform can write to.
 *
 * @param accountId   the account
 * @param displayName the name the person chose
 * @param email       where to write
 */
public record Person(long accountId, String displayName, String email) implements java.io.Serializable {
}
