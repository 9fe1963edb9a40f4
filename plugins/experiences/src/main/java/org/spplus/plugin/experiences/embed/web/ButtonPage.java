package org.spplus.plugin.experiences.embed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.web.PublicLinks;
import org.spplus.plugin.experiences.embed.ButtonLinks;
import org.spplus.plugin.experiences.network.NetworkProcedures;
import org.spplus.plugin.experiences.procedure.Procedure;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;

/** The snippets a network puts on its own site: the button, the banner, and signed links for a procedure. */
@Named
@RequestScoped
public class ButtonPage {

    @Inject
    ButtonLinks buttons;

    @Inject
    CurrentTenant tenant;

    @Inject
    PublicLinks links;

    @Inject
    ProcedureCatalogue procedures;

    @Inject
    NetworkProcedures networkProcedures;

    private String procedure = "";

    public String getLink() {
        return buttons.wizardLink(tenant.require().id(), procedure);
    }

    public String getButtonSnippet() {
        return "<a href=\"" + getLink() + "\" target=\"_blank\" rel=\"noopener\" "
                + "title=\"Je donne mon avis avec Services Publics+ (nouvelle fenêtre)\">"
                + "<img src=\"" + links.absolute("/experiences/bouton-je-donne-mon-avis.svg")
                + "\" alt=\"Je donne mon avis\" width=\"240\" height=\"56\"></a>";
    }

    public String getBannerSnippet() {
        return "<a href=\"" + getLink() + "\" target=\"_blank\" rel=\"noopener\" "
                + "title=\"Je donne mon avis avec Services Publics+ (nouvelle fenêtre)\">"
                + "<img src=\"" + links.absolute("/experiences/bandeau-je-donne-mon-avis.svg")
                + "\" alt=\"Votre avis compte : je donne mon avis avec Services Publics+\" width=\"728\" height=\"90\"></a>";
    }

    public List<Procedure> getProcedures() {
        return procedures.forNetworks(List.of(networkProcedures.catalogueNetwork(tenant.require().id())));
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure == null || procedures.byCode(procedure).isEmpty() ? "" : procedure;
    }
}
