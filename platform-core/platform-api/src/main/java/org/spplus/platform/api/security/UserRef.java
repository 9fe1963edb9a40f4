package org.spplus.platform.api.security;

/** An immutable view of the signed-in person. */
public record UserRef(long accountId, String displayName, String email) implements java.io.Serializable {
}
