/** What only the assembled application knows: its data source definition. */
package org.spplus.webapp;
