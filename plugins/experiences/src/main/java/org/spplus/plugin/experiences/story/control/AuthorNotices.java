package org.spplus.plugin.experiences.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.notification.ExperienceMails;
import org.spplus.plugin.experiences.story.entity.FollowKey;
import org.spplus.plugin.experiences.story.entity.Story;

/**
 * Writes to a story's author, in the current transaction: to their account's address with a link to their
 * stories, or to the confirmed address of a story told without an account, with a new follow-up link.
 */
@ApplicationScoped
public class AuthorNotices {

    /** Where an author without an account follows a story. */
    public static final String FOLLOW_PATH = "/experiences/suivi?jeton=";
    /** Where a signed-in author follows a story. */
    public static final String ACCOUNT_PATH = "/experiences/mes-experiences?id=";

    @Inject
    Persistence persistence;

    @Inject
    PeopleDirectory people;

    @Inject
    ExperienceMails mails;

    @Inject
    Clock clock;

    /** Sends the mail {@code key} about the story to its author, if the story still has one. */
    public void send(Story story, String key, Object... args) {
        if (story.getAuthorAccountId() != null) {
            Optional<Person> author = people.account(story.getAuthorAccountId());
            author.ifPresent(p -> mails.send(p.email(), key, story.getTitle(), ACCOUNT_PATH + story.getId(), args));
        } else if (story.getAuthorEmail() != null) {
            mails.send(story.getAuthorEmail(), key, story.getTitle(), FOLLOW_PATH + newFollowKey(story), args);
        }
    }

    /** A new key for a follow-up link of the story (stored hashed). */
    public String newFollowKey(Story story) {
        String key = FollowTokens.newKey();
        persistence.platform().persist(new FollowKey(FollowTokens.hash(key), story.getId(), OffsetDateTime.now(clock)));
        return key;
    }

    /** A part of a mail, from the templates. */
    public String text(String key) {
        return mails.text(key);
    }
}
