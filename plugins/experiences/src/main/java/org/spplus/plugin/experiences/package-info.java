/** The Experiences plugin ("Je donne mon avis"): its descriptor and its per-tenant settings. */
package org.spplus.plugin.experiences;
