package org.spplus.platform.core.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;

/**
 * Makes the views of {@link StatelessViews} stateless (transient) as soon as their root is created, for a first
 * request as for a postback (Mojarra creates the root of a stateless postback through the view declaration
 * language, not the view handler: this is the one place both go through). {@code <f:view transient>} would come
 * too late: it takes effect once the view is built, after PrimeFaces has already kept the page's CSP nonce in a
 * view map, and so in a session.
 */
public class StatelessViewsFactory extends ViewDeclarationLanguageFactory {

    /** Looked up once (a CDI lookup walks the caller's stack). */
    private volatile StatelessViews statelessViews;

    public StatelessViewsFactory(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    private boolean stateless(String viewId) {
        StatelessViews views = statelessViews;
        if (views == null) {
            views = CDI.current().select(StatelessViews.class).get();
            statelessViews = views;
        }
        return views.contains(viewId);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null ? null : new ViewDeclarationLanguageWrapper(language) {
            @Override
            public UIViewRoot createView(FacesContext context, String id) {
                UIViewRoot root = super.createView(context, id);
                if (root != null && stateless(root.getViewId())) {
                    root.setTransient(true);
                }
                return root;
            }
        };
    }
}
