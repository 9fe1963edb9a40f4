package org.spplus.platform.core.theme;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether an uploaded file can be a network's logo: PNG, JPEG or SVG, at most 200 kB, and for
 * SVG nothing that could run (scripts, event handlers, external references, foreign objects).
 */
public final class LogoCheck {

    public static final int MAX_BYTES = 200 * 1024;

    private static final Pattern SVG_DANGER = Pattern.compile(
            "<\\s*script|\\son[a-z]+\\s*=|javascript:|<\\s*foreignObject|<!ENTITY|xlink:href\\s*=\\s*[\"'](?!#)|href\\s*=\\s*[\"'](?!#)",
            Pattern.CASE_INSENSITIVE);

    /** An accepted logo: its bytes and media type. */
    public record Logo(byte[] content, String mediaType) {
    }

    private LogoCheck() {
    }

    /** The logo, or a French explanation of why the file was refused. */
    public static Result check(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return Result.refused("Le fichier est vide.");
        }
        if (content.length > MAX_BYTES) {
            return Result.refused("Le logo pèse " + (content.length / 1024) + " ko : 200 ko au plus.");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Result.accepted(new Logo(content, "image/png"));
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Result.accepted(new Logo(content, "image/jpeg"));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) {
            if (SVG_DANGER.matcher(text).find()) {
                return Result.refused("Ce fichier SVG contient des scripts ou des liens externes : enregistrez-le en "
                        + "SVG simple ou en PNG.");
            }
            return Result.accepted(new Logo(content, "image/svg+xml"));
        }
        String name = fileName == null ? "" : fileName;
        return Result.refused("« " + name + " » n’est pas une image PNG, JPEG ou SVG.");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Accepted logo or refusal reason. */
    public record Result(Optional<Logo> logo, String refusal) {
        static Result accepted(Logo logo) {
            return new Result(Optional.of(logo), null);
        }

        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
