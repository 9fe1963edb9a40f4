package org.spplus.platform.api.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The régions and départements of France (INSEE codes), loaded once from the CSV files beside this class. */
public final class Geography {

    public record Region(String code, String name) {
    }

    public record Departement(String code, String name, String regionCode) {
    }

    private static final Geography INSTANCE = new Geography();

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, Departement> departements = new LinkedHashMap<>();

    private Geography() {
        for (CSVRecord row : readCsv("regions.csv")) {
            regions.put(row.get("code"), new Region(row.get("code"), row.get("name")));
        }
        for (CSVRecord row : readCsv("departements.csv")) {
            String region = row.get("region");
            if (!regions.containsKey(region)) {
                throw new IllegalStateException("departements.csv: unknown région " + region + " for " + row.get("code"));
            }
            departements.put(row.get("code"), new Departement(row.get("code"), row.get("name"), region));
        }
    }

    public static Geography france() {
        return INSTANCE;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(code == null ? null : departements.get(code.toUpperCase(Locale.ROOT)));
    }

    /**
     * The département of a French postal code: its first two digits, three overseas (97x, 98x), and for
     * Corsica 2A below 20200 and 2B from 20200. Empty when the code is not five digits or unknown.
     */
    public Optional<Departement> departementOfPostalCode(String postalCode) {
        if (postalCode == null || !postalCode.strip().matches("\\d{5}")) {
            return Optional.empty();
        }
        String code = postalCode.strip();
        if (code.startsWith("20")) {
            return departement(Integer.parseInt(code) < 20200 ? "2A" : "2B");
        }
        if (code.startsWith("97") || code.startsWith("98")) {
            return departement(code.substring(0, 3));
        }
        return departement(code.substring(0, 2));
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public List<Departement> departements() {
        return List.copyOf(departements.values());
    }

    private static List<CSVRecord> readCsv(String name) {
        try (InputStream in = Geography.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Collections.unmodifiableList(CSVFormat.DEFAULT.builder()
                        .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                        .get().parse(reader).getRecords());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
