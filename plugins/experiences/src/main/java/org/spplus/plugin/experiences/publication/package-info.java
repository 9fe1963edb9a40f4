/** The public read model of published stories, answers and actions, and the public queries on it. */
package org.spplus.plugin.experiences.publication;
