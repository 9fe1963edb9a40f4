package org.spplus.platform.core.organisation;

/**
 * The paths of a unit and of everything below it, as a half-open range: {@code [/1/12/, /1/120)}.
 * Paths are made of digits and slashes and compared bytewise ('/' comes just before '0'), so every
 * path that starts with the unit's path, and only those, falls in the range.
 */
record SubtreeRange(String from, String to) {

    private static final char AFTER_SLASH = (char) ('/' + 1);

    static SubtreeRange of(String path) {
        if (!path.endsWith("/")) {
            throw new IllegalArgumentException("A unit path ends with '/': " + path);
        }
        return new SubtreeRange(path, path.substring(0, path.length() - 1) + AFTER_SLASH);
    }

    boolean contains(String path) {
        return path.compareTo(from) >= 0 && path.compareTo(to) < 0;
    }
}
