package org.spplus.platform.core.web.frame;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A part of the page frame that is the same for every visitor it is shown to (the header and the footer of the
 * public pages, for visitors who are not signed in): written once per key, then copied into each page without
 * building or writing its components again ({@code <spplus:shared key="…">}, see {@link SharedFragmentHandler}).
 * The key says everything the part depends on; without a key (a person signed in) the part is built and written
 * as usual. The return address of the page ({@link #HERE}) is the one thing that differs from page to page: it is
 * written as a mark and put back for each page.
 */
@FacesComponent(SharedFragment.TYPE)
public class SharedFragment extends UIComponentBase {

    public static final String TYPE = "org.spplus.SharedFragment";
    /** What stands for the page's return address in a shared part (never in a real one: "~" is always encoded there). */
    public static final String HERE = "~spplus.here~";
    /** Enough for every language, theme and set of links, far beyond what one deployment has. */
    static final int MAX_KEYS = 64;
    private static final String WRITING = SharedFragment.class.getName() + ".writing";
    private static final Map<String, String> WRITTEN = new ConcurrentHashMap<>();

    private transient String key;
    private transient String written;

    @Override
    public String getFamily() {
        return "org.spplus.Frame";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    /** What was written under a key, or null. */
    static String written(String key) {
        return WRITTEN.get(key);
    }

    /** Whether the part being written is to be shared: the return address is then written as {@link #HERE}. */
    public static boolean writingShared(FacesContext context) {
        return context.getAttributes().containsKey(WRITING);
    }

    void prepare(String key, String written) {
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
        if (written == null) {
            written = writeOnce(context, page);
        }
        String here = (String) getAttributes().get("here");
        page.write(here == null ? written : written.replace(HERE, here));
    }

    /** Writes the children aside, with the mark for the return address, and keeps the text under the key. */
    private String writeOnce(FacesContext context, ResponseWriter page) throws IOException {
        page.write(""); // closes the element the page has open
        StringWriter buffer = new StringWriter(8192);
        context.setResponseWriter(page.cloneWithWriter(buffer));
        context.getAttributes().put(WRITING, Boolean.TRUE);
        try {
            super.encodeChildren(context);
        } finally {
            context.getAttributes().remove(WRITING);
            context.setResponseWriter(page);
        }
        String text = buffer.toString();
        if (WRITTEN.size() >= MAX_KEYS) {
            WRITTEN.clear();
        }
        WRITTEN.putIfAbsent(key, text);
        return text;
    }
}
