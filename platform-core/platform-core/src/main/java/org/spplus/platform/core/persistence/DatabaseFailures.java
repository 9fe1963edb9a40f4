package org.spplus.platform.core.persistence;

import java.sql.SQLException;

/** Tells failures caused by an unreachable database from other failures. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Whether the throwable, or one of its causes, says the database could not be reached. */
    public static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            String name = t.getClass().getName();
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (name.endsWith("PoolingException") || name.endsWith(".ResourceException")
                    || message.contains("Connection refused") || message.contains("Connection to ")) {
                return true;
            }
        }
        return false;
    }

    /** The message of the innermost cause. */
    public static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
