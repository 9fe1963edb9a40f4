package org.spplus.plugin.experiences.template;

/**
 * Where a template's text goes in an answer being written: after what is already typed, separated by a blank
 * line, so that nothing typed is lost.
 */
public final class TemplateInsertion {

    private TemplateInsertion() {
    }

    /** The draft with the template's text appended after a blank line (no blank line when the draft is empty). */
    public static String append(String draft, String template) {
        String typed = draft == null ? "" : draft.stripTrailing();
        String text = template == null ? "" : template.strip();
        if (typed.isEmpty() || text.isEmpty()) {
            return typed.isEmpty() ? text : typed;
        }
        return typed + "\n\n" + text;
    }
}
