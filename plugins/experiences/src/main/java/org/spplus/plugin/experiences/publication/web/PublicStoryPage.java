package org.spplus.plugin.experiences.publication.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.web.NotFoundException;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.publication.PublicQueries;
import org.spplus.plugin.experiences.publication.Reactions;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.control.FollowTokens;
import org.spplus.plugin.experiences.web.BrowserCookies;

/** A published story with its answers, and the "j'ai vécu une expérience similaire" button. */
@Named
@ViewScoped
public class PublicStoryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BROWSER_COOKIE = "SPPLUS_EXP_NAVIGATEUR";

    @Inject
    PublicQueries queries;

    @Inject
    Reactions reactions;

    @Inject
    TenantCatalog tenants;

    @Inject
    ProcedureCatalogue procedures;

    private Long id;
    private PublicQueries.StoryPage story;
    private boolean similarSaid;

    public void load() {
        if (story != null) {
            return;
        }
        story = id == null ? null : queries.story(id).orElse(null);
        if (story == null) {
            throw new NotFoundException("Cette expérience n'existe pas ou n'est pas publiée.");
        }
        similarSaid = reactions.alreadySaidSimilar(id, browserKey(false));
    }

    public void similar() {
        if (reactions.similar(id, browserKey(true))) {
            story = queries.story(id).orElseThrow();
        }
        similarSaid = true;
    }

    /** The random key this browser keeps for its "similar experience" votes (created on first vote). */
    private String browserKey(boolean create) {
        String existing = BrowserCookies.read(BROWSER_COOKIE);
        if (FollowTokens.looksLikeKey(existing)) {
            return existing;
        }
        if (!create) {
            return null;
        }
        String key = FollowTokens.newKey();
        BrowserCookies.write(BROWSER_COOKIE, key, 365 * 24 * 3600);
        return key;
    }

    public PublicQueries.StoryPage getStory() {
        return story;
    }

    public boolean isSimilarSaid() {
        return similarSaid;
    }

    public String networkName(String tenantId) {
        return tenants.byId(tenantId).map(TenantRef::name).orElse(tenantId);
    }

    public String departementName(String code) {
        return code == null ? "" : Geography.france().departement(code).map(d -> d.name()).orElse(code);
    }

    public String feelingLabel(String name) {
        return org.spplus.plugin.experiences.web.Texts.feelingLabel(name);
    }

    public String authorKindLabel(String name) {
        return AuthorKind.valueOf(name).label().in(locale());
    }

    public String channelLabel(String code) {
        return ContactChannel.fromCode(code).map(c -> c.label().in(locale())).orElse(code);
    }

    public String procedureLabel(String code) {
        return procedures.byCode(code).map(p -> p.label()).orElse(code);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
