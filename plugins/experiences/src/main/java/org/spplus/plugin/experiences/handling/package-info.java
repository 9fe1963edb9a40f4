/** Vocabulary of the networks' handling: general tags and the qualification of a case. */
package org.spplus.plugin.experiences.handling;
