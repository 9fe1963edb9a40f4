/** The platform's clock, which tests may move forward. */
package org.spplus.platform.core.time;
