/** Refusals of input that services throw and pages show beside the fields, in French. */
package org.spplus.platform.api.validation;
