/** The demo mode: demo accounts from tenant definitions, shown to newcomers. Off in production. */
package org.spplus.platform.core.demo;
