package org.spplus.webapp.essai;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.spplus.platform.api.tenant.CurrentTenant;

/** Backs the test plugin's back-office page: the tenant's greeting setting and its number of notes. */
@Named
@RequestScoped
public class EssaiPage {

    @Inject
    CurrentTenant tenant;

    @Inject
    EssaiNotes notes;

    private String greeting;
    private long count;

    @PostConstruct
    void prepare() {
        greeting = tenant.pluginSettings("essai").get("greeting");
        count = notes.count();
    }

    public String getGreeting() {
        return greeting;
    }

    public long getCount() {
        return count;
    }
}
