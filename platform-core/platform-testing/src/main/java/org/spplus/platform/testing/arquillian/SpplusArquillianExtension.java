package org.spplus.platform.testing.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers the platform's Arquillian observers (see {@link ServletRunnerFallback}). */
public class SpplusArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(ServletRunnerFallback.class);
    }
}
