package org.spplus.platform.core.web.frame;

import jakarta.faces.application.ResourceDependency;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.behavior.ClientBehavior;
import jakarta.faces.component.behavior.ClientBehaviorHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * A part of a page that is the same for every visitor it is shown to (the header and the footer of the public
 * pages for visitors who are not signed in, the blank story wizard): written once per key, then copied into each
 * page without building or writing its components again ({@code <spplus:shared key="…">}, see
 * {@link SharedFragmentHandler}). The key says everything the part depends on; without a key (a person signed in,
 * a form sent back) the part is built and written as usual.
 * <p>
 * What differs from page to page is put back in each copy: the return address of the page ({@link #HERE}), the
 * page's CSP nonce (in its script elements and its forms' nonce field), the script handlers PrimeFaces registers
 * for the part's elements (written by PrimeFaces at the end of the page, with the page's nonce), and the scripts
 * and style sheets its components need in the page's head.
 */
@FacesComponent(SharedFragment.TYPE)
public class SharedFragment extends UIComponentBase {

    public static final String TYPE = "org.spplus.SharedFragment";
    /** What stands for the page's return address in a shared part (never in a real one: "~" is always encoded there). */
    public static final String HERE = "~spplus.here~";
    /** What stands for the page's CSP nonce in a shared part (a nonce is Base64: never "~"). */
    static final String NONCE = "~spplus.nonce~";
    /** What Mojarra's view handler writes where a form's view state goes, filled in when the page ends. */
    static final String STATE_MARK = "~com.sun.faces.saveStateFieldMarker~";
    /** Enough for every language, theme and set of links, far beyond what one deployment has. */
    static final int MAX_KEYS = 64;
    private static final String WRITING = SharedFragment.class.getName() + ".writing";
    private static final Map<String, Written> WRITTEN = new ConcurrentHashMap<>();

    /**
     * A part as written once.
     *
     * @param text      what it writes, with {@link #HERE} and {@link #NONCE} for what each page puts back
     * @param handlers  the script handlers PrimeFaces registered for its elements, by element id and event
     * @param resources the scripts and style sheets its components need
     */
    record Written(String text, Map<String, Map<String, String>> handlers, List<Resource> resources) {
    }

    /** A script or style sheet a component needs, as its {@link ResourceDependency} names it. */
    record Resource(String library, String name, String target) {

        /** Adds it to the view unless the view has it already. */
        void addTo(FacesContext context, UIViewRoot root) {
            for (UIComponent present : root.getComponentResources(context, target)) {
                Map<String, Object> attributes = present.getAttributes();
                if (name.equals(attributes.get("name")) && Objects.equals(library, emptyAsNull(attributes.get("library")))) {
                    return;
                }
            }
            UIOutput resource = (UIOutput) context.getApplication().createComponent(UIOutput.COMPONENT_TYPE);
            resource.setRendererType(name.endsWith(".css") ? "jakarta.faces.resource.Stylesheet" : "jakarta.faces.resource.Script");
            resource.getAttributes().put("name", name);
            if (library != null) {
                resource.getAttributes().put("library", library);
            }
            root.addComponentResource(context, resource, target);
        }

        private static String emptyAsNull(Object value) {
            return value == null || value.toString().isEmpty() ? null : value.toString();
        }
    }

    private transient String key;
    private transient Written written;

    @Override
    public String getFamily() {
        return "org.spplus.Frame";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    /** What was written under a key, or null. */
    static Written written(String key) {
        return WRITTEN.get(key);
    }

    /** Whether the part being written is to be shared: the return address is then written as {@link #HERE}. */
    public static boolean writingShared(FacesContext context) {
        return context.getAttributes().containsKey(WRITING);
    }

    void prepare(String key, Written written) {
        this.key = key;
        this.written = written;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        if (key == null) { // not shared: written as any part of the page
            super.encodeChildren(context);
            return;
        }
        ResponseWriter page = context.getResponseWriter();
        CspState csp = PrimeFacesContext.getCspState(context);
        if (written == null) {
            written = writeOnce(context, page, csp);
        }
        String text = written.text();
        String here = (String) getAttributes().get("here");
        if (here != null) {
            text = text.replace(HERE, here);
        }
        String nonce = csp.getNonce();
        writeWithState(context, page, text.replace(NONCE, nonce == null ? "" : nonce));
        written.handlers().forEach((id, events) -> csp.getEventHandlers().computeIfAbsent(id, i -> new LinkedHashMap<>()).putAll(events));
    }

    /**
     * Writes a copy; where its forms carry their view's state, the state is written as the view handler writes it
     * (the marker it leaves is filled at the end of the page, and only when the view handler wrote it).
     */
    private static void writeWithState(FacesContext context, ResponseWriter page, String text) throws IOException {
        int from = 0;
        for (int at = text.indexOf(STATE_MARK); at >= 0; at = text.indexOf(STATE_MARK, from)) {
            page.write(text, from, at - from);
            context.getApplication().getViewHandler().writeState(context);
            from = at + STATE_MARK.length();
        }
        page.write(text, from, text.length() - from);
    }

    /**
     * Writes the children aside, with marks for the return address and the nonce, and keeps under the key the text,
     * the script handlers the writing registered and the resources the children need.
     */
    private Written writeOnce(FacesContext context, ResponseWriter page, CspState csp) throws IOException {
        page.write(""); // closes the element the page has open
        StringWriter buffer = new StringWriter(8192);
        Set<String> handled = new LinkedHashSet<>(csp.getEventHandlers().keySet());
        context.setResponseWriter(page.cloneWithWriter(buffer));
        context.getAttributes().put(WRITING, Boolean.TRUE);
        try {
            super.encodeChildren(context);
        } finally {
            context.getAttributes().remove(WRITING);
            context.setResponseWriter(page);
        }
        String text = buffer.toString();
        String nonce = csp.getNonce();
        if (nonce != null && !nonce.isEmpty()) {
            text = text.replace(nonce, NONCE);
        }
        Map<String, Map<String, String>> handlers = new LinkedHashMap<>();
        csp.getEventHandlers().forEach((id, events) -> {
            if (!handled.contains(id)) {
                handlers.put(id, Map.copyOf(events));
            }
        });
        Set<Resource> resources = new LinkedHashSet<>();
        for (UIComponent child : getChildren()) {
            collectResources(context, child, resources);
        }
        Written once = new Written(text, Map.copyOf(handlers), List.copyOf(resources));
        if (WRITTEN.size() >= MAX_KEYS) {
            WRITTEN.clear();
        }
        WRITTEN.putIfAbsent(key, once);
        return once;
    }

    /** The resources a component, its renderer, its behaviours and its descendants declare they need. */
    private static void collectResources(FacesContext context, UIComponent component, Set<Resource> resources) {
        declared(component.getClass(), resources);
        if (component.getRendererType() != null) {
            Renderer renderer = context.getRenderKit().getRenderer(component.getFamily(), component.getRendererType());
            if (renderer != null) {
                declared(renderer.getClass(), resources);
            }
        }
        if (component instanceof ClientBehaviorHolder holder) {
            for (List<ClientBehavior> behaviors : holder.getClientBehaviors().values()) {
                behaviors.forEach(behavior -> declared(behavior.getClass(), resources));
            }
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
            collectResources(context, kids.next(), resources);
        }
    }

    private static void declared(Class<?> type, Set<Resource> resources) {
        for (ResourceDependency dependency : type.getAnnotationsByType(ResourceDependency.class)) {
            String library = dependency.library().isEmpty() ? null : dependency.library();
            String target = dependency.target().isEmpty() ? "head" : dependency.target();
            resources.add(new Resource(library, dependency.name(), target));
        }
    }
}
