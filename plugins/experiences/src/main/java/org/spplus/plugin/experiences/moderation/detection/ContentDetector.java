package org.spplus.plugin.experiences.moderation.detection;

import java.util.List;

/** One kind of detection; implementations are immutable and safe to share between threads. */
interface ContentDetector {

    /** Adds to {@code out} what this detector finds in {@code text} (never null); overlaps are allowed. */
    void findIn(String text, List<Finding> out);
}
