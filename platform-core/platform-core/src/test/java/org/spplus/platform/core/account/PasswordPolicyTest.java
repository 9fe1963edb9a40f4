package org.spplus.platform.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongMixedPasswordIsAccepted() {
        assertThat(PasswordPolicy.problems("Tournesol-de-Juin-42", "marie@exemple.fr")).isEmpty();
    }

    @Test
    void tooShortIsRefusedWithTheMinimum() {
        assertThat(PasswordPolicy.problems("Court-1", "marie@exemple.fr"))
                .containsExactly("Le mot de passe doit comporter au moins 12 caractères.");
    }

    @Test
    void tooLongIsRefused() {
        assertThat(PasswordPolicy.problems("Aa1-".repeat(60), null)).singleElement().asString().contains("200");
    }

    @Test
    void twoKindsOfCharactersAreNotEnough() {
        assertThat(PasswordPolicy.problems("toutenminuscules", null)).singleElement().asString()
                .contains("trois types de caractères");
    }

    @Test
    void aWellKnownPasswordIsRefusedWhateverItsCase() {
        assertThat(PasswordPolicy.problems("MotDePasse123", null)).contains("Ce mot de passe est trop courant : choisissez-en un autre.");
    }

    @Test
    void aPasswordBuiltOnTheAddressIsRefused() {
        assertThat(PasswordPolicy.problems("Jean.Dupont-2024!", "jean.dupont@exemple.fr"))
                .contains("Le mot de passe ne doit pas reprendre votre adresse électronique.");
    }
}
