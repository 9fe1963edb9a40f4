package org.spplus.platform.core.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.core.organisation.OrganisationAdministration;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** The organisation tree of the network, with the form of the selected entity. */
@Named
@ViewScoped
public class OrganisationAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAdministration administration;

    @Inject
    Forms forms;

    private List<OrgUnitView> tree;
    private Long selectedId;
    private String name;
    private String type;
    private String departement;
    private Long newParentId;
    private String childCode;
    private String childName;
    private String childType;
    private String childDepartement;

    @PostConstruct
    void load() {
        tree = administration.tree();
    }

    public void select(long unitId) {
        selectedId = unitId;
        OrgUnitView unit = getSelected();
        name = unit.name();
        type = unit.type();
        departement = unit.departementCode();
        newParentId = unit.parentId();
        childCode = null;
        childName = null;
        childType = null;
        childDepartement = unit.departementCode();
    }

    public OrgUnitView getSelected() {
        return selectedId == null ? null : tree.stream().filter(u -> u.id() == selectedId).findFirst().orElse(null);
    }

    public void update() {
        run(() -> administration.update(selectedId, name, type, departement), "edition", "L’entité a été modifiée.");
    }

    public void move() {
        if (newParentId == null) {
            return;
        }
        run(() -> administration.move(selectedId, newParentId), "deplacement", "L’entité a été déplacée.");
    }

    public void close() {
        String closedName = getSelected() == null ? "" : getSelected().name();
        try {
            OrgUnitView holder = administration.close(selectedId);
            tree = administration.tree();
            forms.confirm("L’entité « " + closedName + " » est fermée : sa bannette est reprise par « " + holder.name() + " ».");
            select(selectedId);
        } catch (InvalidInput e) {
            tree = administration.tree();
            forms.show("etat", e);
        }
    }

    public void reopen() {
        run(() -> administration.reopen(selectedId), "etat", "L’entité est rouverte.");
    }

    public void createChild() {
        run(() -> administration.create(selectedId, childCode, childName, childType, childDepartement), "ajout",
                "L’entité « " + childName + " » a été créée.");
    }

    private void run(Runnable action, String formId, String confirmation) {
        try {
            action.run();
            tree = administration.tree();
            forms.confirm(confirmation);
            if (selectedId != null && getSelected() != null) {
                select(selectedId);
            }
        } catch (InvalidInput e) {
            tree = administration.tree(); // a refusal may come from changes made meanwhile: show the tree as it is
            forms.show(formId, e);
        }
    }

    public List<OrgUnitView> getTree() {
        return tree;
    }

    /** Entities under which the selected one may go (not itself, nor what is below it). */
    public List<OrgUnitView> getPossibleParents() {
        OrgUnitView selected = getSelected();
        if (selected == null) {
            return List.of();
        }
        java.util.Set<Long> below = new java.util.HashSet<>();
        below.add(selected.id());
        for (OrgUnitView unit : tree) { // the tree is depth-first: descendants follow their parent
            if (unit.parentId() != null && below.contains(unit.parentId())) {
                below.add(unit.id());
            }
        }
        return tree.stream().filter(u -> !below.contains(u.id())).toList();
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }

    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildType() {
        return childType;
    }

    public void setChildType(String childType) {
        this.childType = childType;
    }

    public String getChildDepartement() {
        return childDepartement;
    }

    public void setChildDepartement(String childDepartement) {
        this.childDepartement = childDepartement;
    }
}
