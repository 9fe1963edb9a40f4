package org.spplus.plugin.experiences.publication.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.spplus.plugin.experiences.web.TagNamespace;

/**
 * Writes the cards of the public list of stories ({@code <exp:storyCards value="#{…}"/>}): the items of a
 * {@code <ul>}, in the State design system's card markup, each linking to its story page. Every text goes through
 * the response writer, which escapes it; the fixed markup is written as is.
 *
 * <p>Why a component rather than a Facelets loop: the public list is the most-read page, and a loop evaluates
 * about ten expressions per card and keeps the loop's state per row, which was a fifth of the page's cost.
 */
@FacesComponent(createTag = true, namespace = TagNamespace.URI, tagName = "storyCards")
public class StoryCardList extends UIComponentBase {

    @Override
    public String getFamily() {
        return "org.spplus.experiences";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<StoryCard> cards = (List<StoryCard>) getAttributes().get("value");
        if (cards == null) {
            return;
        }
        String storyPage = context.getExternalContext().getRequestContextPath() + "/experiences/experience?id=";
        ResponseWriter out = context.getResponseWriter();
        for (StoryCard card : cards) { // the fixed markup as is, every text through the escaping writer
            out.write("<li class=\"fr-card fr-enlarge-link fr-mb-2w spplus-story-card\"><div class=\"fr-card__body\">"
                    + "<div class=\"fr-card__content\"><h3 class=\"fr-card__title\"><a href=\"");
            out.writeText(storyPage + card.getId(), null);
            out.write("\">");
            out.writeText(card.getTitle(), null);
            out.write("</a></h3><p class=\"fr-card__desc\">");
            out.writeText(card.getExcerpt(), null);
            out.write("</p><div class=\"fr-card__start\"><ul class=\"fr-badges-group\"><li><p class=\"fr-badge fr-badge--sm ");
            out.write(card.getFeelingBadge());
            out.write("\">");
            out.writeText(card.getFeelingText(), null);
            out.write(card.isAnswered() ? "</p></li><li><p class=\"fr-badge fr-badge--sm fr-badge--green-emeraude\">"
                    : "</p></li><li><p class=\"fr-badge fr-badge--sm\">");
            out.writeText(card.getAnswerText(), null);
            out.write("</p></li></ul></div><div class=\"fr-card__end\"><p class=\"fr-card__detail\">");
            out.writeText(card.getDetail(), null);
            out.write("</p></div></div></div></li>\n");
        }
    }
}
