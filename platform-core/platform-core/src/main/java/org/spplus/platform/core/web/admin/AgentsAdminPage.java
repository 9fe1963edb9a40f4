package org.spplus.platform.core.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.core.account.AgentAdministration;
import org.spplus.platform.core.account.AgentAdministration.AgentRow;
import org.spplus.platform.core.organisation.OrganisationAdministration;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** The network's agents: invitation, roles and entities, deactivation. */
@Named
@ViewScoped
public class AgentsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgentAdministration administration;

    @Inject
    OrganisationAdministration organisation;

    @Inject
    Forms forms;

    private List<AgentRow> agents;
    private List<OrgUnitView> units;
    private String inviteEmail;
    private String inviteName;
    private List<String> inviteRoles = new ArrayList<>(List.of("agent"));
    private List<Long> inviteUnits = new ArrayList<>();
    private Long editedId;
    private List<String> editRoles = new ArrayList<>();
    private List<Long> editUnits = new ArrayList<>();

    @PostConstruct
    void load() {
        agents = administration.list();
        units = organisation.tree();
    }

    public void invite() {
        try {
            administration.invite(inviteEmail, inviteName, new LinkedHashSet<>(inviteRoles), inviteUnits);
            forms.confirm("Invitation envoyée à " + inviteEmail + ".");
            inviteEmail = null;
            inviteName = null;
            inviteRoles = new ArrayList<>(List.of("agent"));
            inviteUnits = new ArrayList<>();
            agents = administration.list();
        } catch (InvalidInput e) {
            forms.show("invitation", e);
        }
    }

    public void edit(AgentRow row) {
        editedId = row.agentId();
        editRoles = new ArrayList<>(row.roles());
        editUnits = new ArrayList<>(row.unitIds());
    }

    public void save() {
        try {
            administration.update(editedId, new LinkedHashSet<>(editRoles), editUnits);
            forms.confirm("Les droits de l’agent ont été modifiés.");
            editedId = null;
            agents = administration.list();
        } catch (InvalidInput e) {
            forms.show("edition", e);
        }
    }

    public void cancelEdit() {
        editedId = null;
    }

    public void setActive(AgentRow row, boolean active) {
        try {
            administration.setActive(row.agentId(), active);
            forms.confirm(active ? "L’agent est réactivé." : "L’agent est désactivé : il ne peut plus se connecter à ce réseau.");
            agents = administration.list();
        } catch (InvalidInput e) {
            forms.show(null, e);
        }
    }

    public void reinvite(AgentRow row) {
        administration.reinvite(row.agentId());
        forms.confirm("Invitation renvoyée à " + row.email() + ".");
    }

    public List<AgentRow> getAgents() {
        return agents;
    }

    public List<OrgUnitView> getUnits() {
        return units;
    }

    public AgentRow getEdited() {
        return editedId == null ? null : agents.stream().filter(a -> a.agentId() == editedId).findFirst().orElse(null);
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public List<String> getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(List<String> inviteRoles) {
        this.inviteRoles = inviteRoles;
    }

    public List<Long> getInviteUnits() {
        return inviteUnits;
    }

    public void setInviteUnits(List<Long> inviteUnits) {
        this.inviteUnits = inviteUnits;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public List<Long> getEditUnits() {
        return editUnits;
    }

    public void setEditUnits(List<Long> editUnits) {
        this.editUnits = editUnits;
    }
}
