/** The core's configuration keys, read through MicroProfile Config. */
package org.spplus.platform.core.config;
