package org.spplus.platform.core.tenancy.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spplus.platform.core.tenancy.definition.TenantDefinitionReader.SourceFile;

/**
 * Finds the definition files: {@code <id>/tenant.yaml} for each tenant and {@code platform.yaml}, either
 * in a folder given by configuration or under {@code tenants/} on the application's classpath (the
 * {@code spplus-tenants} jar). Also serves the other files of a tenant's folder (its logo).
 */
public final class TenantSources {

    public static final String CLASSPATH_ROOT = "tenants";
    public static final String TENANT_FILE = "tenant.yaml";
    public static final String PLATFORM_FILE = "platform.yaml";

    private final Map<String, byte[]> files; // "caf/tenant.yaml" -> content
    private final String label;
    private final String prefix; // how file names are shown: "tenants/" or the folder's path

    private TenantSources(Map<String, byte[]> files, String label, String prefix) {
        this.files = files;
        this.label = label;
        this.prefix = prefix;
    }

    /** Definitions from a folder on disk. */
    public static TenantSources fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("Le dossier des réseaux « " + directory + " » n'existe pas.");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory, 2)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                String relative = directory.relativize(p).toString().replace('\\', '/');
                files.put(relative, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TenantSources(files, directory.toString(), directory.toAbsolutePath() + "/");
    }

    /** Definitions packaged under {@code tenants/} in a jar or folder of the class loader. */
    public static TenantSources fromClasspath(ClassLoader loader) {
        URL marker = loader.getResource(CLASSPATH_ROOT + "/" + PLATFORM_FILE);
        if (marker == null) {
            return new TenantSources(Map.of(), "classpath:" + CLASSPATH_ROOT, CLASSPATH_ROOT + "/");
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) marker.openConnection();
                connection.setUseCaches(false);
                Map<String, byte[]> files = new TreeMap<>();
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    String prefix = CLASSPATH_ROOT + "/";
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                            }
                        }
                    }
                }
                return new TenantSources(files, "classpath:" + CLASSPATH_ROOT, CLASSPATH_ROOT + "/");
            }
            if ("file".equals(marker.getProtocol())) {
                TenantSources fromDir = fromDirectory(Path.of(marker.toURI()).getParent());
                return new TenantSources(fromDir.files, "classpath:" + CLASSPATH_ROOT, CLASSPATH_ROOT + "/");
            }
            throw new IllegalStateException("Unsupported location of tenant definitions: " + marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tenant definition files, ordered by folder name. */
    public List<SourceFile> tenantFiles() {
        Map<String, Set<String>> siblings = new HashMap<>();
        files.keySet().forEach(name -> {
            int slash = name.indexOf('/');
            if (slash > 0) {
                siblings.computeIfAbsent(name.substring(0, slash), k -> new java.util.TreeSet<>())
                        .add(name.substring(slash + 1));
            }
        });
        List<SourceFile> result = new ArrayList<>();
        files.forEach((name, content) -> {
            if (name.endsWith("/" + TENANT_FILE) && name.indexOf('/') == name.lastIndexOf('/')) {
                String folder = name.substring(0, name.indexOf('/'));
                result.add(new SourceFile(prefix + name, folder,
                        new String(content, StandardCharsets.UTF_8), Set.copyOf(siblings.get(folder))));
            }
        });
        return result;
    }

    public Optional<SourceFile> platformFile() {
        byte[] content = files.get(PLATFORM_FILE);
        return Optional.ofNullable(content).map(c -> new SourceFile(prefix + PLATFORM_FILE, "",
                new String(c, StandardCharsets.UTF_8), Set.of()));
    }

    /** Another file of a tenant's folder (its logo), if present. */
    public Optional<byte[]> tenantFile(String tenantFolder, String fileName) {
        return Optional.ofNullable(files.get(tenantFolder + "/" + fileName));
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label + " " + files.keySet().stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
