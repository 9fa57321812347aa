package org.sanxiang.casework.internal.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.PartyKind;

/** What a party's record must hold, by the standards its numbers follow. */
class PartyChecksTest {

    private static final String CODE = "91110108551385082Q";
    private static final String ID = "11010519491231002X";

    @Test
    void anOrganisationsCreditCodeIsEighteenCharactersTheLastTheCheckCharacterOfGb32100() {
        assertThat(fields(organisation(CODE))).isEmpty();
        List<PartyChecks.Problem> wrong = PartyChecks.of(organisation("91110108551385082R"), Set.of());
        assertThat(wrong).extracting(PartyChecks.Problem::field).containsExactly("creditCode");
        assertThat(wrong.get(0).zh()).contains("统一社会信用代码无效", "GB 32100");
        assertThat(fields(organisation(null))).containsExactly("creditCode");
    }

    @Test
    void anOrganisationNamesItsLegalRepresentative() {
        PartyForm noOne = new PartyForm(PartyKind.ORGANISATION, "示例公司", CODE, null, null, " ", null, null, null, null,
                null, null, null, false, null, null, null);
        assertThat(fields(noOne)).containsExactly("legalRepresentative");
    }

    @Test
    void anIndividualBusinessHasACreditCodeOrARegistrationNumberAndItsOperator() {
        assertThat(fields(business(null, null, "陈某"))).containsExactly("creditCode");
        assertThat(fields(business(null, "430400600012345", "陈某"))).isEmpty();
        assertThat(fields(business("92430400MA4L1234X0", null, "陈某"))).containsExactly("creditCode");
        assertThat(fields(business(CODE, null, null))).containsExactly("operatorName");
    }

    @Test
    void aResidentIdNumberIsEighteenCharactersWithARealBirthDateAndTheMod11CheckOfGb11643() {
        assertThat(fields(person(IdType.RESIDENT_ID, ID))).isEmpty();
        assertThat(fields(person(IdType.RESIDENT_ID, "11010519491231002x"))).as("a lower-case x").isEmpty();
        List<PartyChecks.Problem> wrong = PartyChecks.of(person(IdType.RESIDENT_ID, "110105194912310021"),
                Set.of());
        assertThat(wrong).extracting(PartyChecks.Problem::field).containsExactly("idNumber");
        assertThat(wrong.get(0).zh()).contains("GB 11643");
        assertThat(fields(person(IdType.RESIDENT_ID, null))).containsExactly("idNumber");
        assertThat(PartyChecks.of(person(IdType.RESIDENT_ID, null), Set.of("idNumber")))
                .as("the number on record is kept").isEmpty();
    }

    @Test
    void aMainlandTravelPermitOfHongKongOrMacaoResidentsIsHOrMAndEightOrTenDigits() {
        assertThat(IdType.HK_MACAO_PERMIT.isValid("H12345678")).isTrue();
        assertThat(IdType.HK_MACAO_PERMIT.isValid("m1234567890")).isTrue();
        assertThat(IdType.HK_MACAO_PERMIT.isValid("K12345678")).isFalse();
        assertThat(IdType.PASSPORT.isValid("E12345678")).isTrue();
        assertThat(IdType.PASSPORT.isValid("E-1")).isFalse();
    }

    @Test
    void aNaturalPersonsIdNumberIsShownAsTheRegistryShowsOfficersAndOtherNumbersByTheirEnds() {
        assertThat(IdType.RESIDENT_ID.mask(ID)).isEqualTo("1101**********002X");
        assertThat(IdType.PASSPORT.mask("e12345678")).isEqualTo("E******78");
    }

    @Test
    void aMobileNumberIsElevenDigitsFromOneAndAFixedLineAnAreaCodeFromZeroWithItsLocalNumber() {
        assertThat(PhoneNumber.isValid("139 1234 5678")).isTrue();
        assertThat(PhoneNumber.isValid("+8613912345678")).isTrue();
        assertThat(PhoneNumber.isValid("0734-8123456")).isTrue();
        assertThat(PhoneNumber.isValid("010-81234567-123")).isTrue();
        assertThat(PhoneNumber.isValid("12912345678")).isFalse();
        assertThat(PhoneNumber.isValid("8123456")).as("no area code").isFalse();
        assertThat(PhoneNumber.mask("13912345678")).isEqualTo("139****5678");
        assertThat(fields(new PartyForm(PartyKind.NATURAL_PERSON, "张三", null, null, null, null, IdType.RESIDENT_ID, ID,
                null, "12345", null, null, null, false, null, null, null))).containsExactly("phone");
    }

    @Test
    void aServiceAddressConfirmationHasItsAddressRecipientAndDateAndAnAddressForElectronicServiceConsentedTo() {
        assertThat(fields(served("衡阳市示例路 1 号", "张三", LocalDate.of(2026, 11, 1), false, null))).isEmpty();
        assertThat(fields(served(null, null, LocalDate.of(2026, 11, 1), false, null)))
                .containsExactly("serviceAddress", "serviceRecipient");
        assertThat(fields(served("衡阳市示例路 1 号", "张三", null, true, null)))
                .containsExactly("serviceConfirmedOn", "electronicAddress");
        assertThat(fields(served("衡阳市示例路 1 号", "张三", LocalDate.of(2026, 11, 1), true, "zhang@example.cn")))
                .isEmpty();
        assertThat(fields(served("衡阳市示例路 1 号", "张三", LocalDate.of(2026, 11, 1), true, "not an address")))
                .containsExactly("electronicAddress");
        assertThat(PartyChecks.maskEmail("zhang@example.cn")).as("shown like a phone: its ends")
                .isEqualTo("z***@example.cn");
    }

    private static List<String> fields(PartyForm form) {
        return PartyChecks.of(form, Set.of()).stream().map(PartyChecks.Problem::field).toList();
    }

    private static PartyForm organisation(String code) {
        return new PartyForm(PartyKind.ORGANISATION, "示例公司", code, null, null, "王某", null, null, null, null, null,
                null, null, false, null, null, null);
    }

    private static PartyForm business(String code, String registration, String operator) {
        return new PartyForm(PartyKind.INDIVIDUAL_BUSINESS, "示例小吃店", code, registration, operator, null, null, null,
                null, null, null, null, null, false, null, null, null);
    }

    private static PartyForm person(IdType type, String number) {
        return new PartyForm(PartyKind.NATURAL_PERSON, "张三", null, null, null, null, type, number, null, null, null,
                null, null, false, null, null, null);
    }

    private static PartyForm served(String address, String recipient, LocalDate on, boolean electronic, String to) {
        return new PartyForm(PartyKind.NATURAL_PERSON, "张三", null, null, null, null, IdType.RESIDENT_ID, ID, null,
                null, address, recipient, null, electronic, to, on, null);
    }
}
