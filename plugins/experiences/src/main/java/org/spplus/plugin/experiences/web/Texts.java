package org.spplus.plugin.experiences.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Texts of the plugin's pages from its resource bundle ({@code expMsg}), in the page's language. */
public final class Texts {

    private Texts() {
    }

    public static String get(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = context.getApplication().getResourceBundle(context, "expMsg").getString(key);
        return args.length == 0 ? text : new MessageFormat(text, context.getViewRoot().getLocale()).format(args);
    }

    /** A share (0…1) as a whole percentage, in French notation ("42 %"). */
    public static String percent(double share) {
        return String.format(java.util.Locale.FRANCE, "%.0f %%", share * 100);
    }

    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy");

    /** A month in words, in the page's language ("décembre 2025"). */
    public static String month(java.time.YearMonth month) {
        if (month == null) {
            return "";
        }
        return MONTH.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(month);
    }

    /** The label of a feeling given by its name (POSITIF…), in the page's language; the name if unknown. */
    public static String feelingLabel(String name) {
        try {
            return org.spplus.plugin.experiences.story.Feeling.valueOf(name).label()
                    .in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } catch (IllegalArgumentException | NullPointerException e) {
            return name;
        }
    }

    /** Shows a confirmation for the whole page (for actions that stay on the page). */
    public static void confirm(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, args), null));
    }
}
