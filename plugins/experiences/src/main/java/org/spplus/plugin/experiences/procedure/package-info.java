/**
 * The catalogue of procedures (démarches) of each network, which suggests the procedures a citizen's story is
 * about and lets the story wizard search them, and the channels through which a citizen contacted a service.
 */
package org.spplus.plugin.experiences.procedure;
