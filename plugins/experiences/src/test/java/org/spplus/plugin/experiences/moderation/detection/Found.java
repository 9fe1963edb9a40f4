package org.spplus.plugin.experiences.moderation.detection;

import java.util.List;

/** Test helper: the findings of the shared detector, written "KIND:text" for readable assertions. */
final class Found {

    static final SensitiveContentDetector DETECTOR = new SensitiveContentDetector();

    private Found() {
    }

    static List<String> in(String text) {
        return DETECTOR.detect(text).stream().map(f -> f.kind() + ":" + f.text()).toList();
    }
}
