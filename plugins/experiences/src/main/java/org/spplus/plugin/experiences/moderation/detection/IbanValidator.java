package org.spplus.plugin.experiences.moderation.detection;

import java.util.Locale;
import java.util.Map;

/**
 * International bank account numbers (ISO 13616): a country code, two check digits and a national account
 * number, of a length fixed for each country. Valid when the length is the country's and the ISO 7064 mod-97
 * checksum holds (the number with its first four characters moved to the end, letters read A = 10 … Z = 35,
 * is 1 mod 97).
 */
public final class IbanValidator {

    /** IBAN length by country (the SWIFT IBAN registry). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
            Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
            Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27),
            Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18),
            Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24),
            Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31),
            Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24),
            Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24),
            Map.entry("XK", 20));

    private IbanValidator() {
    }

    /** Whether {@code iban} (spaces ignored, any case) is a valid IBAN of a known country. */
    public static boolean isValid(String iban) {
        if (iban == null) {
            return false;
        }
        String compact = iban.replaceAll("[\\s\\u00A0\\u202F]", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 4 || !compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            return false;
        }
        Integer length = LENGTHS.get(compact.substring(0, 2));
        return length != null && compact.length() == length && mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    /** The length of the IBANs of a country (upper-case ISO 3166 code), or 0 if unknown. */
    static int lengthFor(String countryCode) {
        return LENGTHS.getOrDefault(countryCode, 0);
    }

    /** The remainder by 97 of the number that {@code alphanumeric} spells with A = 10 … Z = 35. */
    private static int mod97(String alphanumeric) {
        int remainder = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            int value = Character.digit(alphanumeric.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder;
    }
}
