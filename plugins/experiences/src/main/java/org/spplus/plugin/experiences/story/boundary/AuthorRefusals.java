package org.spplus.plugin.experiences.story.boundary;

import java.util.Map;
import org.spplus.platform.api.validation.InvalidInput;

/** Refusals shared by the author's pages. */
final class AuthorRefusals {

    private AuthorRefusals() {
    }

    /** The story does not exist, or the link or account does not give access to it (told the same way). */
    static InvalidInput unknownStory() {
        return new InvalidInput(Map.of("", "Ce lien n'est pas valide ou cette expérience n'est pas la vôtre. "
                + "Ouvrez le lien du dernier message reçu, ou connectez-vous au compte qui l'a déposée."));
    }
}
