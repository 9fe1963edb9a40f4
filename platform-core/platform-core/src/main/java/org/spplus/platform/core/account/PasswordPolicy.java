package org.spplus.platform.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes an acceptable password (ANSSI/CNIL recommendations for a password alone): at least 12
 * characters mixing at least three kinds (lower case, upper case, digits, other), not a well-known
 * password, not built on the e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> WELL_KNOWN = Set.of("motdepasse123", "azertyuiop123", "password1234",
            "motdepasse1234", "azerty123456", "123456789abc", "bonjour12345", "soleil123456", "services-publics-plus");

    private PasswordPolicy() {
    }

    /** The problems with the password, in French; empty if it is acceptable. */
    public static List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("Le mot de passe doit comporter au moins " + MIN_LENGTH + " caractères.");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("Le mot de passe ne peut pas dépasser " + MAX_LENGTH + " caractères.");
            return problems;
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            problems.add("Le mot de passe doit mêler au moins trois types de caractères parmi : minuscules, "
                    + "majuscules, chiffres et caractères spéciaux.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower)) {
            problems.add("Ce mot de passe est trop courant : choisissez-en un autre.");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                problems.add("Le mot de passe ne doit pas reprendre votre adresse électronique.");
            }
        }
        return problems;
    }
}
