package org.spplus.platform.core.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spplus.platform.core.portal.ContactMessages;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** The contact page. */
@Named
@RequestScoped
public class ContactPage {

    @Inject
    ContactMessages messages;

    @Inject
    Forms forms;

    private String name;
    private String email;
    private String subject;
    private String message;
    private boolean sent;

    public void send() {
        try {
            messages.send(name, email, subject, message);
            sent = true;
        } catch (InvalidInput e) {
            forms.show("contact", e);
        }
    }

    public List<String> getSubjects() {
        return List.of("experience", "account", "accessibility", "data", "agent", "other");
    }

    public boolean isSent() {
        return sent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
