package org.spplus.webapp;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;

/** Runs test code in a transaction of its own (in the container), committed or rolled back. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T commit(Callable<T> work) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    public static void rollback(Callable<?> work) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            work.call();
        } finally {
            tx.rollback();
        }
    }

    /** Polls until the condition holds or the time runs out; returns whether it held. */
    public static boolean eventually(Callable<Boolean> condition, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (Boolean.TRUE.equals(condition.call())) {
                return true;
            }
            Thread.sleep(200);
        }
        return Boolean.TRUE.equals(condition.call());
    }
}
