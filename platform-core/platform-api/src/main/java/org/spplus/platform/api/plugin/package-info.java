/** Plugin SPI: what a plugin declares about itself so that the core can discover, route and switch it per tenant. */
package org.spplus.platform.api.plugin;
