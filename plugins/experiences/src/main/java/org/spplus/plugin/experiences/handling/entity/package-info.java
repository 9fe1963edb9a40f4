/** Each network's handling of a published story: cases in inboxes, answers, routing, and the deliveries that bring stories to networks. */
package org.spplus.plugin.experiences.handling.entity;
