/** The page frame's parts shared by every anonymous visitor, written once. */
package org.spplus.platform.core.web.frame;
