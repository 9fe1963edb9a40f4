/** Input problems reported field by field, in French, by boundary services. */
package org.spplus.platform.core.validation;
