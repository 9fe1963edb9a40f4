/** The networks' organisation trees as seen from work that spans networks. */
package org.spplus.plugin.experiences.network;
