/** Reference data of French geography: régions and départements with their INSEE codes. */
package org.spplus.platform.api.geo;
