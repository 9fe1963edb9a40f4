/** Open data of the published stories, through the platform's public API (JSON and CSV, OpenAPI-described). */
package org.spplus.plugin.experiences.publication.api;
