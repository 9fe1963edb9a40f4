package org.spplus.platform.core.web;

/** Requests served as files, without tenant resolution nor database. */
final class StaticPaths {

    private StaticPaths() {
    }

    static boolean isStatic(String path) {
        return path.startsWith("/dsfr/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/theme/")
                || path.equals("/favicon.ico") || path.equals("/robots.txt");
    }

    /** A path whose last segment has an extension other than .xhtml (an image, a stylesheet...). */
    static boolean hasOtherExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash && !path.endsWith(ViewPaths.EXTENSION);
    }
}
