package org.spplus.plugin.experiences.story.entity;

/** An action that the story's current status does not allow (it was moderated meanwhile, for instance). */
public class StoryStateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final StoryStatus status;

    public StoryStateException(StoryStatus status) {
        super("Cette expérience n'est plus dans l'état attendu : elle est « " + status.label().toLowerCase()
                + " ». Rechargez la page.");
        this.status = status;
    }

    public StoryStatus status() {
        return status;
    }
}
