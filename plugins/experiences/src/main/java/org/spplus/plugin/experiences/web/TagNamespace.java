package org.spplus.plugin.experiences.web;

/** The namespace of the plugin's own Faces tags ({@code xmlns:exp="https://spplus.org/experiences"}). */
public final class TagNamespace {

    public static final String URI = "https://spplus.org/experiences";

    private TagNamespace() {
    }
}
