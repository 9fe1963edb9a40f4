/** Answer templates ("modèles de réponse"): a network's standard texts, inserted by its agents in their answers. */
package org.spplus.plugin.experiences.template;
