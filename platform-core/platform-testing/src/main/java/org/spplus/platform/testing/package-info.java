/** Shared test fixtures: the test run's PostgreSQL and SMTP server, Arquillian deployments, headless Chromium. */
package org.spplus.platform.testing;
