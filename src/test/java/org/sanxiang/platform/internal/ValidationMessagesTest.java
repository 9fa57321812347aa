package org.sanxiang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** A refused field says what to do, in the reader's language, instead of Bean Validation's defaults. */
class ValidationMessagesTest {

    record Sample(@NotBlank String name, @Size(min = 18, max = 18) String code, @Size(max = 5) String note,
            @NotEmpty java.util.List<String> domains) {
    }

    private static Map<String, String> messages(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)
                .buildValidatorFactory().getValidator()
                .validate(new Sample(" ", "123", "too long", java.util.List.of())).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void aFixedLengthFieldSaysHowLongItMustBeInChineseNotBetween18And18() {
        assertThat(messages(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "请填写此项", "code", "应为 18 位", "note", "不能超过 5 个字", "domains", "请至少选择一项"));
    }

    @Test
    void theEnglishInterfaceReadsTheSameInEnglish() {
        assertThat(messages(Locale.ENGLISH)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "Please fill this in", "code", "Must be 18 characters", "note", "At most 5 characters",
                "domains", "Please choose at least one"));
    }
}
