/**
 * Assistance to moderators: finds personal data (e-mail addresses, phone numbers, social security numbers,
 * IBANs, postal addresses, people's names) and insults in a citizen's story so that the moderation page can
 * highlight them. Detection only reports findings; it never publishes, hides or changes a story.
 *
 * <p>Entry point: {@link org.spplus.plugin.experiences.moderation.detection.SensitiveContentDetector}. The word
 * lists (first names, insults) are UTF-8 resources of this package, one entry a line, {@code #} for comments.
 */
package org.spplus.plugin.experiences.moderation.detection;
