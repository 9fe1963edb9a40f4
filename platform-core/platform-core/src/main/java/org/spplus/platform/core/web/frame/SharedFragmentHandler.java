package org.spplus.platform.core.web.frame;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.MetaRuleset;
import jakarta.faces.view.facelets.TagAttribute;
import java.io.IOException;

/**
 * Builds a {@link SharedFragment}: when its part was already written under its key, the part's components are
 * not built at all (the page's tree stays small), and the written part is copied; the scripts and style sheets
 * they need are added to the page's head as they would have been.
 */
public class SharedFragmentHandler extends ComponentHandler {

    private final TagAttribute key;

    public SharedFragmentHandler(ComponentConfig config) {
        super(config);
        this.key = getAttribute("key");
    }

    @Override
    protected MetaRuleset createMetaRuleset(Class type) {
        return super.createMetaRuleset(type).ignore("key");
    }

    @Override
    public void applyNextHandler(FaceletContext ctx, UIComponent c) throws IOException {
        String value = key == null ? null : key.getValue(ctx);
        String k = value == null || value.isEmpty() ? null : value;
        SharedFragment.Written written = k == null ? null : SharedFragment.written(k);
        ((SharedFragment) c).prepare(k, written);
        if (written == null) {
            super.applyNextHandler(ctx, c);
        } else { // the page's head still needs what the part's components would have asked for
            FacesContext context = ctx.getFacesContext();
            written.resources().forEach(resource -> resource.addTo(context, context.getViewRoot()));
        }
    }
}
