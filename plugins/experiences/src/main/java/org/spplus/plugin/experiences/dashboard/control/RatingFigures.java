package org.spplus.plugin.experiences.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.handling.entity.StoryCase;

/**
 * Counts an author's rating for the answering network (the rating is written platform-wide; its count is the
 * network's, in a transaction bound to it, run with {@code TenantScope}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RatingFigures {

    @Inject
    Persistence persistence;

    @Inject
    Figures figures;

    public void rated(long caseId, boolean useful, Boolean previous) {
        StoryCase storyCase = persistence.tenant().find(StoryCase.class, caseId);
        if (storyCase != null) {
            figures.rated(storyCase, useful, previous);
        }
    }
}
