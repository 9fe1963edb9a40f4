/** The embeddable "Je donne mon avis" button and banner, and their signed procedure links. */
package org.spplus.plugin.experiences.embed;
