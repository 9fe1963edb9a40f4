package org.spplus.platform.core.web;

/**
 * Names the tenant and the request in every log line written while work runs, by adding them to the
 * current thread's name, which the server's log format prints ({@code _ThreadName=... [tenant=caf req=5f2a9c]}).
 * This reaches the log lines of libraries too, without any logging framework.
 */
public final class LogContext {

    private final Thread thread;
    private final String previousName;

    private LogContext(Thread thread, String previousName) {
        this.thread = thread;
        this.previousName = previousName;
    }

    /** Adds {@code key=value} to the thread's context, until {@link #restore()}. */
    public static LogContext enter(String key, String value) {
        Thread thread = Thread.currentThread();
        String previous = thread.getName();
        String base = previous;
        String context = "";
        int open = previous.lastIndexOf(" [");
        if (open >= 0 && previous.endsWith("]")) {
            base = previous.substring(0, open);
            context = previous.substring(open + 2, previous.length() - 1);
        }
        String entry = key + "=" + (value == null || value.isEmpty() ? "-" : value);
        String merged = replaceKey(context, key, entry);
        thread.setName(base + " [" + merged + "]");
        return new LogContext(thread, previous);
    }

    private static String replaceKey(String context, String key, String entry) {
        if (context.isEmpty()) {
            return entry;
        }
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (String part : context.split(" ")) {
            if (part.startsWith(key + "=")) {
                part = entry;
                replaced = true;
            }
            out.append(out.length() == 0 ? "" : " ").append(part);
        }
        if (!replaced) {
            out.append(' ').append(entry);
        }
        return out.toString();
    }

    /** Puts the thread's name back as it was. */
    public void restore() {
        thread.setName(previousName);
    }
}
