package org.spplus.platform.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * When a test fails, saves what every open browser shows (screenshot and HTML) as
 * {@code target/screenshots/ECHEC-<class>-<test>-<n>}, to see the page the assertion was about.
 */
public class FailureSnapshots implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        int n = 0;
        for (Browser browser : Browser.openBrowsers()) {
            String name = "ECHEC-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-" + n++;
            try {
                browser.screenshot(name);
                browser.savePage(name);
            } catch (RuntimeException e) {
                // the browser itself may be what failed
            }
        }
    }
}
