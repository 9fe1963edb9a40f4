package org.spplus.platform.core.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.spplus.platform.core.tenancy.TenantAdministration;
import org.spplus.platform.core.theme.ColorContrast;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** The network's appearance: names, accent colour and logo, with a preview before saving. */
@Named
@ViewScoped
public class AppearanceAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantAdministration administration;

    @Inject
    Forms forms;

    private String name;
    private String shortName;
    private String accentColor;
    private boolean hasLogo;
    private String savedColor;
    private boolean removeLogo;
    private transient Part logo;

    @PostConstruct
    void load() {
        TenantAdministration.ThemeTokens tokens = administration.theme();
        name = tokens.name();
        shortName = tokens.shortName();
        accentColor = tokens.accentColor();
        savedColor = tokens.accentColor();
        hasLogo = tokens.hasLogo();
    }

    /**
     * Saves, then reloads the page: the band above it is drawn from the network as the request found it,
     * so only the next request shows the new name, logo and colour.
     */
    public String save() throws IOException {
        byte[] content = null;
        String fileName = null;
        if (logo != null && logo.getSize() > 0) {
            // what a logo may be (type, weight) is the service's call (LogoCheck); the container caps uploads
            try (InputStream in = logo.getInputStream()) {
                content = in.readAllBytes();
            }
            fileName = logo.getSubmittedFileName();
        }
        try {
            administration.updateTheme(name, shortName, accentColor, content, fileName, removeLogo);
            return forms.confirmAndReload("L’apparence du réseau est enregistrée.");
        } catch (InvalidInput e) {
            forms.show("apparence", e);
            return null;
        }
    }

    /**
     * The colour the preview shows: the one typed if white text stays readable on it, else the one saved
     * (a refused colour is explained beside its field, never shown as an unreadable band).
     */
    public String getPreviewColor() {
        String typed = accentColor == null ? "" : accentColor.strip().toLowerCase(java.util.Locale.ROOT);
        if (ColorContrast.carriesWhiteText(typed)) {
            return typed;
        }
        return ColorContrast.carriesWhiteText(savedColor) ? savedColor : "#3a3a3a";
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

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public boolean isRemoveLogo() {
        return removeLogo;
    }

    public void setRemoveLogo(boolean removeLogo) {
        this.removeLogo = removeLogo;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
