package org.spplus.plugin.experiences.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The plugin's long-lived browser cookies (draft key, "similar experience" key): one way to read and write them. */
public final class BrowserCookies {

    private BrowserCookies() {
    }

    public static String read(String name) {
        return read((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), name);
    }

    public static String read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Writes an HttpOnly, SameSite=Lax cookie for the plugin's pages, Secure over HTTPS. */
    public static void write(String name, String value, int maxAgeSeconds) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(), name, value,
                maxAgeSeconds);
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String name, String value,
                             int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setPath(request.getContextPath() + "/experiences/");
        cookie.setHttpOnly(true);
        cookie.setSecure("https".equals(request.getScheme()));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
