/** Theme tokens of a tenant and the rules they must respect. */
package org.spplus.platform.core.theme;
