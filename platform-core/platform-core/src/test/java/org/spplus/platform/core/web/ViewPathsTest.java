package org.spplus.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewPathsTest {

    private static final Set<String> PLUGINS = Set.of("experiences");

    @Test
    void backOfficeUrlsMapToCoreOrPluginViews() {
        assertThat(ViewPaths.backOfficeView("/", PLUGINS::contains).viewId()).isEqualTo("/backoffice/index.xhtml");
        assertThat(ViewPaths.backOfficeView("", PLUGINS::contains).viewId()).isEqualTo("/backoffice/index.xhtml");
        assertThat(ViewPaths.backOfficeView("/organisation", PLUGINS::contains).viewId())
                .isEqualTo("/backoffice/organisation.xhtml");
        ViewPaths.BackOfficeView plugin = ViewPaths.backOfficeView("/experiences/bannette", PLUGINS::contains);
        assertThat(plugin.pluginRoot()).isEqualTo("experiences");
        assertThat(plugin.viewId()).isEqualTo("/experiences/backoffice/bannette.xhtml");
        assertThat(ViewPaths.backOfficeView("/experiences/", PLUGINS::contains).viewId())
                .isEqualTo("/experiences/backoffice/index.xhtml");
        assertThat(ViewPaths.backOfficeView("/experiences", PLUGINS::contains).viewId())
                .isEqualTo("/experiences/backoffice/index.xhtml");
    }

    @Test
    void publicUrlsMapToViews() {
        assertThat(ViewPaths.publicView("/")).isEqualTo("/index.xhtml");
        assertThat(ViewPaths.publicView("/aide")).isEqualTo("/aide.xhtml");
        assertThat(ViewPaths.publicView("/experiences/")).isEqualTo("/experiences/index.xhtml");
    }

    @Test
    void viewsMapBackToPrettyUrls() {
        assertThat(ViewPaths.urlOf("/index.xhtml", "")).isEqualTo("/");
        assertThat(ViewPaths.urlOf("/aide.xhtml", "/t/caf")).isEqualTo("/aide");
        assertThat(ViewPaths.urlOf("/backoffice/index.xhtml", "/t/caf")).isEqualTo("/t/caf/");
        assertThat(ViewPaths.urlOf("/backoffice/organisation.xhtml", "/t/caf")).isEqualTo("/t/caf/organisation");
        assertThat(ViewPaths.urlOf("/experiences/backoffice/index.xhtml", "/t/caf")).isEqualTo("/t/caf/experiences/");
        assertThat(ViewPaths.urlOf("/experiences/backoffice/bannette.xhtml", "")).isEqualTo("/experiences/bannette");
    }

    @Test
    void rewritingKeepsQueryAndLeavesResourcesAlone() {
        assertThat(ViewPaths.rewrite("/ctx/backoffice/organisation.xhtml?unite=12#fin", "/ctx", "/t/caf"))
                .isEqualTo("/ctx/t/caf/organisation?unite=12#fin");
        assertThat(ViewPaths.rewrite("/ctx/jakarta.faces.resource/x.css.xhtml?ln=p", "/ctx", "/t/caf"))
                .isEqualTo("/ctx/jakarta.faces.resource/x.css.xhtml?ln=p");
        assertThat(ViewPaths.rewrite("https://ailleurs.fr/x.xhtml", "/ctx", "")).isEqualTo("https://ailleurs.fr/x.xhtml");
        assertThat(ViewPaths.rewrite("/index.xhtml", "", "")).isEqualTo("/");
    }

    @Test
    void backOfficeViewsAreRecognised() {
        assertThat(ViewPaths.isBackOfficeView("/backoffice/index.xhtml")).isTrue();
        assertThat(ViewPaths.isBackOfficeView("/experiences/backoffice/x.xhtml")).isTrue();
        assertThat(ViewPaths.isBackOfficeView("/experiences/recits.xhtml")).isFalse();
        assertThat(ViewPaths.isBackOfficeView("/index.xhtml")).isFalse();
    }
}
