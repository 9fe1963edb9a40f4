/** The story as the citizen wrote it, its moderation state and history, and the wizard's drafts (platform-wide data). */
package org.spplus.plugin.experiences.story.entity;
