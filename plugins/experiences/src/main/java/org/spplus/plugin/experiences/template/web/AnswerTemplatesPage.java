package org.spplus.plugin.experiences.template.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.template.boundary.AnswerTemplates;
import org.spplus.plugin.experiences.template.entity.AnswerTemplate;
import org.spplus.plugin.experiences.web.Texts;

/** The network's answer templates, for its managers: the list, and one form to create or edit a template. */
@Named
@ViewScoped
public class AnswerTemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "modele";

    @Inject
    AnswerTemplates templates;

    @Inject
    PageFeedback feedback;

    private transient List<AnswerTemplate> list;
    private Long requested;
    private Long editedId;
    private long editedVersion;
    private String name = "";
    private String body = "";

    /** Lists the templates; with {@code ?modifier=id}, opens that template in the form. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        list = templates.forManagers();
        if (requested != null) {
            try {
                edit(templates.forEditing(requested));
            } catch (InvalidInput problems) {
                feedback.show(null, problems);
            }
        }
    }

    public void save() {
        try {
            AnswerTemplate saved = editedId == null ? templates.create(name, body)
                    : templates.update(editedId, editedVersion, name, body);
            Texts.confirm(editedId == null ? "templates.done.created" : "templates.done.updated", saved.getName());
            clear();
        } catch (InvalidInput problems) {
            feedback.show(FORM, problems);
        }
    }

    public void edit(AnswerTemplate template) {
        editedId = template.getId();
        editedVersion = template.getVersion();
        name = template.getName();
        body = template.getBody();
    }

    public void delete(long id, long version) {
        try {
            Texts.confirm("templates.done.deleted", templates.delete(id, version));
            if (Long.valueOf(id).equals(editedId)) {
                clear();
            }
            list = null;
        } catch (InvalidInput problems) {
            feedback.show(null, problems);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editedId = null;
        name = "";
        body = "";
        list = null;
    }

    public List<AnswerTemplate> getTemplates() {
        if (list == null) {
            list = templates.forManagers();
        }
        return list;
    }

    public Long getRequested() {
        return requested;
    }

    public void setRequested(Long requested) {
        this.requested = requested;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
