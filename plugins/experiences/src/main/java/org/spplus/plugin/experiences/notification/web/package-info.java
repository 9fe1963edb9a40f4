/** The page where staff choose how they are notified. */
package org.spplus.plugin.experiences.notification.web;
