package org.spplus.plugin.experiences.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;

/** The plugin's long-lived browser cookies (draft key, "similar experience" key): one way to read and write them. */
public final class BrowserCookies {

    private BrowserCookies() {
    }

    public static String read(String name) {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(name);
        return cookie instanceof jakarta.servlet.http.Cookie c ? c.getValue() : null;
    }

    /** Writes an HttpOnly, SameSite=Lax cookie for the plugin's pages, Secure over HTTPS. */
    public static void write(String name, String value, int maxAgeSeconds) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> properties = new HashMap<>();
        properties.put("maxAge", maxAgeSeconds);
        properties.put("path", external.getRequestContextPath() + "/experiences/");
        properties.put("httpOnly", true);
        properties.put("secure", "https".equals(external.getRequestScheme()));
        properties.put("SameSite", "Lax");
        external.addResponseCookie(name, value, properties);
    }
}
