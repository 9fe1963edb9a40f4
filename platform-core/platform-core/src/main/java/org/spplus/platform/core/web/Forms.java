package org.spplus.platform.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;

/**
 * Puts a service's field-by-field refusal beside the fields of a form, and tells the page which fields
 * are in error (for the DSFR error styles). The values typed stay in the form.
 */
@Named
@ApplicationScoped
public class Forms implements PageFeedback {

    /**
     * Shows each problem on the component {@code <formId>:<field>}; the form-wide one (key "") on the page.
     * With a null form id, every problem shows on the page.
     */
    @Override
    public void show(String formId, InvalidInput problems) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> problem : problems.problems().entrySet()) {
            String clientId = problem.getKey().isEmpty() || formId == null ? null : formId + ":" + problem.getKey();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getValue(), null));
        }
        if (formId != null && !problems.problems().containsKey("")) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Le formulaire contient des erreurs : corrigez les champs signalés.", null));
        }
        context.validationFailed();
    }

    @Override
    public void refuse(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    /** Shows a confirmation for the whole page, kept across a redirect. */
    @Override
    public void confirm(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A message for the whole page: its DSFR alert kind (error, warning, success, info) and its text. */
    public record PageMessage(String kind, String text) {
    }

    /** The messages for the whole page, in the order they were added. */
    public List<PageMessage> getPageMessages() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .map(m -> new PageMessage(kindOf(m.getSeverity()), m.getSummary())).toList();
    }

    private static String kindOf(FacesMessage.Severity severity) {
        if (FacesMessage.SEVERITY_ERROR.equals(severity) || FacesMessage.SEVERITY_FATAL.equals(severity)) {
            return "error";
        }
        if (FacesMessage.SEVERITY_WARN.equals(severity)) {
            return "warning";
        }
        return "success";
    }

    /**
     * Shows a confirmation and returns the outcome that reloads the page with a GET (post/redirect/get):
     * what the page shows, header and network band included, is then read after the change, and
     * reloading does not send the form again.
     */
    @Override
    public String confirmAndReload(String message) {
        confirm(message);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    /**
     * The text of the component's first message, or "" (a field's error text written straight into the page,
     * as {@code h:message} would, without a component per field).
     */
    public String message(String clientId) {
        List<FacesMessage> messages = FacesContext.getCurrentInstance().getMessageList(clientId);
        return messages.isEmpty() ? "" : messages.get(0).getSummary();
    }

    /** Whether the component has an error message (for {@code fr-input-group--error}). */
    public boolean hasError(String clientId) {
        return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }
}
