package org.spplus.platform.api.mail;

/**
 * Writes mail to the outbox in the current transaction: it is sent after commit by the background
 * sender, with retries, and is lost neither when the transaction rolls back (then it is never sent)
 * nor when the mail server is down (then it waits).
 */
public interface MailOutbox {

    /** Queues the mail and returns its outbox id. */
    long enqueue(OutgoingMail mail);
}
