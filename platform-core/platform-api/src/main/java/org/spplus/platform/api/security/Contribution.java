package org.spplus.platform.api.security;

import java.time.OffsetDateTime;

/**
 * Something a person contributed, as listed on their account page.
 *
 * @param kind   what it is ("Expérience", "Document signalé"...)
 * @param title  its title
 * @param status where it stands, in words ("En attente de modération", "Publiée", "Répondue"...)
 * @param date   when it was written
 * @param path   where to read it, below the context path (may be null)
 */
public record Contribution(String kind, String title, String status, OffsetDateTime date, String path) {
}
