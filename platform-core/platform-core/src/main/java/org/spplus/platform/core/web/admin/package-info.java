/** Administration consoles: a network's (tree, agents, modules, appearance, audit) and the platform's (networks, outbox). */
package org.spplus.platform.core.web.admin;
