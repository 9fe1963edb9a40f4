package org.spplus.platform.core.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Gives every form the page nonce as the {@code primefaces.nonce} field. In its CSP mode PrimeFaces
 * refuses a postback whose nonce differs from the one the view was rendered with, and only its own
 * script fills that field — which pages built of plain Faces components do not load. Without this,
 * every form that redisplays its page (a refusal, a confirmation) would end in an error.
 */
public class CspFormNonce implements SystemEventListener {

    static final String FIELD_ID = "csp-nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof HtmlForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIComponent form = (UIComponent) event.getSource();
        for (UIComponent child : form.getChildren()) {
            if (FIELD_ID.equals(child.getId())) {
                return;
            }
        }
        FacesContext context = FacesContext.getCurrentInstance();
        HtmlOutputText field = (HtmlOutputText) context.getApplication().createComponent(HtmlOutputText.COMPONENT_TYPE);
        field.setId(FIELD_ID);
        field.setTransient(true);
        field.setEscape(false);
        ValueExpression html = context.getApplication().getExpressionFactory().createValueExpression(
                context.getELContext(), "#{cspPolicy.nonceField}", String.class);
        field.setValueExpression("value", html);
        form.getChildren().add(field);
    }
}
