/** Back-office pages of the networks: the inbox and a case. */
package org.spplus.plugin.experiences.handling.web;
