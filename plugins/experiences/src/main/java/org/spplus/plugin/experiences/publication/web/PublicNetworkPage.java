package org.spplus.plugin.experiences.publication.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.spplus.platform.api.web.NotFoundException;
import org.spplus.plugin.experiences.publication.PublicNetworks;
import org.spplus.plugin.experiences.web.Texts;

/** A network's public page: its figures over twelve months, its latest stories and improvement actions. */
@Named
@RequestScoped
public class PublicNetworkPage {

    @Inject
    PublicNetworks networks;

    private String id;
    private PublicNetworks.NetworkProfile profile;

    public void load() {
        profile = networks.profile(id).orElseThrow(
                () -> new NotFoundException("Ce réseau n'existe pas ou ne publie pas les expériences de ses usagers."));
    }

    public PublicNetworks.NetworkProfile getProfile() {
        return profile;
    }

    public int getMonths() {
        return PublicNetworks.MONTHS;
    }

    public String percent(double share) {
        return Texts.percent(share);
    }

    public String month(java.time.YearMonth month) {
        return Texts.month(month);
    }

    public String feelingLabel(String name) {
        return Texts.feelingLabel(name);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
