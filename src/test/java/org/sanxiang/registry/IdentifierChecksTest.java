package org.sanxiang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierChecksTest {

    @Test
    void aUnifiedSocialCreditCodeWithTheRightCheckCharacterIsValid() {
        assertThat(UnifiedSocialCreditCode.isValid("91110108551385082Q")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("911000001000013428")).isTrue();
    }

    @Test
    void aUnifiedSocialCreditCodeWithAWrongCheckCharacterOrForbiddenLetterIsInvalid() {
        assertThat(UnifiedSocialCreditCode.isValid("91110108551385082R")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("9111010855138508IQ")).isFalse(); // I is not in GB 32100's set
        assertThat(UnifiedSocialCreditCode.isValid("91110108551385082")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }

    @Test
    void anIdNumberWithTheRightCheckDigitAndARealBirthDateIsValid() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(ResidentIdNumber.isValid("440524188001010014")).isTrue();
    }

    @Test
    void anIdNumberWithAWrongCheckDigitOrImpossibleBirthDateIsInvalid() {
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
        String feb30 = "11010519490230002";
        assertThat(ResidentIdNumber.isValid(feb30 + ResidentIdNumber.checkCharacter(feb30))).isFalse();
        assertThat(ResidentIdNumber.isValid("1101051949123100")).isFalse();
    }

    @Test
    void theIdNumberIsShownMaskedAndItsSequenceGivesTheGender() {
        assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(ResidentIdNumber.isMale("11010519491231002X")).isFalse();
        assertThat(ResidentIdNumber.isMale("440524188001010014")).isTrue();
    }
}
