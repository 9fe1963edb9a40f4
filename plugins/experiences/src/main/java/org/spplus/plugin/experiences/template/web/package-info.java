/** The back-office page where a network's managers manage their answer templates. */
package org.spplus.plugin.experiences.template.web;
