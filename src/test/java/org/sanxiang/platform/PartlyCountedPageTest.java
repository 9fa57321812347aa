package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class PartlyCountedPageTest {

    @Test
    void aListCountedPastTheCapSaysMoreThanTheCapAndStillHasANextPage() {
        PageResult<String> page = PageResult.of(PartlyCountedPage.of(List.of("a", "b"), PageRequest.of(0, 2),
                10_001, 10_000), Function.identity());

        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalExact()).as("more than 10 000, not 10 000").isFalse();
        assertThat(page.totalPages()).isEqualTo(5_000);
    }

    @Test
    void aListCountedWithinTheCapHasItsExactTotal() {
        PageResult<String> page = PageResult.of(PartlyCountedPage.of(List.of("a", "b"), PageRequest.of(0, 2),
                10_000, 10_000), Function.identity());

        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalExact()).isTrue();
    }
}
