package org.spplus.platform.core.theme;

import java.util.Locale;
import java.util.regex.Pattern;

/** WCAG 2.1 contrast ratios of {@code #rrggbb} colours. */
public final class ColorContrast {

    /** Minimum ratio for normal text (WCAG 2.1 AA, criterion 1.4.3). */
    public static final double AA_NORMAL_TEXT = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private ColorContrast() {
    }

    public static boolean isHexColor(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** Whether white normal text on this colour is readable (WCAG 2.1 AA); false for anything not a colour. */
    public static boolean carriesWhiteText(String background) {
        return isHexColor(background) && ratio(background, "#ffffff") >= AA_NORMAL_TEXT;
    }

    /** Contrast ratio between two colours, from 1 (none) to 21 (black on white). */
    public static double ratio(String first, String second) {
        double a = relativeLuminance(first);
        double b = relativeLuminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance as defined by WCAG 2.1. */
    public static double relativeLuminance(String hex) {
        if (!isHexColor(hex)) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + hex);
        }
        String h = hex.substring(1).toLowerCase(Locale.ROOT);
        double r = channel(Integer.parseInt(h.substring(0, 2), 16));
        double g = channel(Integer.parseInt(h.substring(2, 4), 16));
        double b = channel(Integer.parseInt(h.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
