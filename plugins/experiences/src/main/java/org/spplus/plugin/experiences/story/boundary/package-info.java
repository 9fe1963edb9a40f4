/** Boundary services of the citizens' side: submitting and following stories. */
package org.spplus.plugin.experiences.story.boundary;
