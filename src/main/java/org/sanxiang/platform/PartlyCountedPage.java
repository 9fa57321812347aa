package org.sanxiang.platform;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose matching rows were counted only up to a number: past it the total says "more than" that
 * number, not how many. Counting hundreds of thousands of rows exactly costs more than showing the page
 * (bench/cases.md), and nobody pages through them; a narrower filter gets its exact count.
 */
public final class PartlyCountedPage<T> extends PageImpl<T> {

    private PartlyCountedPage(List<T> content, Pageable pageable, long atLeast) {
        super(content, pageable, atLeast);
    }

    /**
     * @param counted the rows that match, counted up to {@code upTo + 1}
     * @return an ordinary page when {@code counted <= upTo} (the total is exact), else a page whose total is
     *         {@code upTo}, with more rows beyond it
     */
    public static <T> Page<T> of(List<T> content, Pageable pageable, long counted, long upTo) {
        return counted > upTo ? new PartlyCountedPage<>(content, pageable, upTo) : new PageImpl<>(content, pageable,
                counted);
    }
}
