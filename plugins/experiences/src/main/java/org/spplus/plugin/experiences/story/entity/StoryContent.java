package org.spplus.plugin.experiences.story.entity;

import java.util.List;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;

/**
 * What the citizen told through the three steps of the wizard, once checked.
 *
 * @param origin          where the story comes from: "portail", "bouton:<network>", "partenaire:<campaign>"
 * @param originProcedure the procedure named by a signed token of a network's button, or null
 */
public record StoryContent(String title, String body, AuthorKind authorKind, Feeling feeling,
                           String departementCode, String postalCode, List<StoryTarget> targets,
                           List<ChannelFeeling> channels, List<StoryProcedure> procedures, String origin,
                           String originProcedure) {

    public StoryContent {
        targets = List.copyOf(targets);
        channels = List.copyOf(channels);
        procedures = List.copyOf(procedures);
    }
}
