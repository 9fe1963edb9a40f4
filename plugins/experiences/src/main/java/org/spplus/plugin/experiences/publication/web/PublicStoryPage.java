package org.spplus.plugin.experiences.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

/**
 * A published story with its answers, and the "j'ai vécu une expérience similaire" button. A stateless page:
 * the story's number comes with the address, and with the button's form (a hidden field).
 */
@Named
@RequestScoped
public class PublicStoryPage {

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

    @PostConstruct
    void read() {
        String number = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        id = number != null && number.matches("\\d{1,18}") ? Long.valueOf(number) : null;
        story = id == null ? null : queries.story(id).orElse(null);
        similarSaid = story != null && reactions.alreadySaidSimilar(id, browserKey(false));
    }

    /** A number that is no published story's gives the "not found" page. */
    public void load() {
        if (story == null) {
            throw new NotFoundException("Cette expérience n'existe pas ou n'est pas publiée.");
        }
    }

    public void similar() {
        load();
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
        return java.util.Arrays.stream(AuthorKind.values()).filter(k -> k.name().equals(name)).findFirst()
                .map(k -> k.label().in(locale())).orElse("");
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
}
