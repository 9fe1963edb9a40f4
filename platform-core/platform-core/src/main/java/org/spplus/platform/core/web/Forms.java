package org.spplus.platform.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import org.spplus.platform.core.validation.InvalidInput;

/**
 * Puts a service's field-by-field refusal beside the fields of a form, and tells the page which fields
 * are in error (for the DSFR error styles). The values typed stay in the form.
 */
@Named
@ApplicationScoped
public class Forms {

    /**
     * Shows each problem on the component {@code <formId>:<field>}; the form-wide one (key "") on the page.
     * With a null form id, every problem shows on the page.
     */
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

    /** Shows a confirmation for the whole page, kept across a redirect. */
    public void confirm(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Whether the component has an error message (for {@code fr-input-group--error}). */
    public boolean hasError(String clientId) {
        return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }
}
