/** The citizen's story and what they say of themselves and of their experience when telling it. */
package org.spplus.plugin.experiences.story;
