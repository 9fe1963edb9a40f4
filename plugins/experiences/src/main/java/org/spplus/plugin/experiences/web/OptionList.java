package org.spplus.plugin.experiences.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the {@code <option>} elements of a plain HTML {@code <select>} (the filters of GET forms, which are not
 * Faces inputs): {@code <exp:options value="#{page.departementOptions}" selected="#{page.departementChosen}"/>}.
 * The values and labels go through the response writer, which escapes them; each option's markup, and a whole list's
 * when nothing is chosen in it, is kept once written (the lists come from fixed catalogues: départements, networks,
 * feelings, channels).
 *
 * <p>Why a component: a Facelets loop over the hundred départements evaluated three expressions per option and
 * kept the loop's state per row, at every view of the public list.
 */
@FacesComponent(createTag = true, namespace = TagNamespace.URI, tagName = "options")
public class OptionList extends UIComponentBase {

    /** One choice of a list: the value sent, the label shown. */
    public record Option(String value, String label) {
    }

    @Override
    public String getFamily() {
        return "org.spplus.experiences";
    }

    /** Beyond this many options kept, the kept markup is forgotten (the lists come from fixed catalogues). */
    static final int MAX_KEPT = 5_000;
    private static final Map<Option, String> MARKUP = new ConcurrentHashMap<>();
    /** Beyond this many whole lists kept, they are forgotten (one per filter and network, in practice). */
    static final int MAX_KEPT_LISTS = 200;
    private static final Map<List<Option>, String> LISTS = new ConcurrentHashMap<>();

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<Option> options = (List<Option>) getAttributes().get("value");
        Object selected = getAttributes().get("selected");
        if (options == null) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        if (options.stream().noneMatch(option -> option.value().equals(selected))) {
            out.write(listMarkup(out, options)); // nothing chosen (most views): the whole list at once
            return;
        }
        for (Option option : options) {
            if (option.value().equals(selected)) {
                write(out, option, true);
            } else {
                out.write(markup(out, option));
            }
        }
    }

    /** The markup of a whole list with nothing selected, kept once written. */
    private String listMarkup(ResponseWriter out, List<Option> options) throws IOException {
        String markup = LISTS.get(options);
        if (markup == null) {
            StringBuilder all = new StringBuilder();
            for (Option option : options) {
                all.append(markup(out, option));
            }
            markup = all.toString();
            if (LISTS.size() >= MAX_KEPT_LISTS) {
                LISTS.clear();
            }
            LISTS.put(List.copyOf(options), markup);
        }
        return markup;
    }

    /** The option's markup, escaped by the response writer once and then kept. */
    private String markup(ResponseWriter out, Option option) throws IOException {
        String markup = MARKUP.get(option);
        if (markup == null) {
            StringWriter text = new StringWriter();
            ResponseWriter writer = out.cloneWithWriter(text);
            write(writer, option, false);
            writer.flush();
            markup = text.toString();
            if (MARKUP.size() >= MAX_KEPT) {
                MARKUP.clear();
            }
            MARKUP.put(option, markup);
        }
        return markup;
    }

    private void write(ResponseWriter out, Option option, boolean selected) throws IOException {
        out.startElement("option", this);
        out.writeAttribute("value", option.value(), null);
        if (selected) {
            out.writeAttribute("selected", "selected", null);
        }
        out.writeText(option.label(), null);
        out.endElement("option");
    }
}
