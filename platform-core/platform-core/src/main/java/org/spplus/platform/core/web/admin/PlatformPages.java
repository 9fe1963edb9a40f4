package org.spplus.platform.core.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.spplus.platform.core.mail.OutboxMail;
import org.spplus.platform.core.mail.OutboxQueries;
import org.spplus.platform.core.tenancy.TenantAdministration;
import org.spplus.platform.core.tenancy.TenantInfo;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** The platform administrators' console: the networks (and creating one), the outgoing mail. */
@Named
@RequestScoped
public class PlatformPages {

    @Inject
    TenantAdministration tenants;

    @Inject
    OutboxQueries outbox;

    @Inject
    Forms forms;

    private List<TenantInfo> networks;
    private String id;
    private String name;
    private String shortName;
    private String rootCode;
    private String rootName;
    private String adminEmail;
    private String adminName;

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    @PostConstruct
    void load() {
        networks = tenants.tenants().stream().sorted(Comparator.comparing(t -> t.ref().name())).toList();
    }

    public void create() throws Exception {
        try {
            tenants.createTenant(id, name, shortName, rootCode, rootName, adminEmail, adminName);
            forms.confirm("Le réseau « " + name + " » est créé ; son administrateur a reçu une invitation.");
            adminEmail = null;
            adminName = null;
            id = null;
            name = null;
            shortName = null;
            rootCode = null;
            rootName = null;
            load();
        } catch (InvalidInput e) {
            forms.show("creation", e);
        }
    }

    public List<TenantInfo> getNetworks() {
        return networks;
    }

    private List<OutboxMail> mails;

    public List<OutboxMail> getMails() {
        if (mails == null) {
            mails = outbox.latest(200);
        }
        return mails;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getRootCode() {
        return rootCode;
    }

    public void setRootCode(String rootCode) {
        this.rootCode = rootCode;
    }

    public String getRootName() {
        return rootName;
    }

    public void setRootName(String rootName) {
        this.rootName = rootName;
    }
}
