package org.spplus.plugin.experiences.moderation.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a word list shipped as a resource of this package: UTF-8, one entry a line, blank lines and lines
 * starting with {@code #} ignored, entries trimmed.
 */
final class WordList {

    private WordList() {
    }

    static List<String> load(String resourceName) {
        try (InputStream in = WordList.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + resourceName);
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + resourceName, e);
        }
    }

    /** The folded forms ({@link TextFolding#fold(String)}) of the entries of a list. */
    static Set<String> loadFolded(String resourceName) {
        Set<String> folded = new LinkedHashSet<>();
        for (String entry : load(resourceName)) {
            folded.add(TextFolding.fold(entry));
        }
        return Set.copyOf(folded);
    }
}
