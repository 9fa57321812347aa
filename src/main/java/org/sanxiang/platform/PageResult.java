package org.sanxiang.platform;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * One page of a list, as every list endpoint returns it. Pages are numbered from 0.
 *
 * @param totalExact whether {@code total} counts every item; {@code false}: there are more than {@code total}
 *                   ({@link PartlyCountedPage})
 */
public record PageResult<T>(List<T> items, int page, int size, long total, int totalPages, boolean totalExact) {

    public static final int MAX_SIZE = 200;

    public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages(), !(page instanceof PartlyCountedPage));
    }

    /**
     * The page asked for, or the last one when the address asks beyond it (an old link, a list that shrank), so
     * that a reader never lands on an empty "page 9 of 3".
     */
    public static <T> Page<T> clamped(Function<Pageable, Page<T>> query, int page, int size) {
        Page<T> found = query.apply(request(page, size));
        return found.getNumber() > 0 && found.getNumber() >= found.getTotalPages()
                ? query.apply(request(Math.max(found.getTotalPages() - 1, 0), size)) : found;
    }

    /** Clamps what a client asked for to sane bounds. */
    public static org.springframework.data.domain.PageRequest request(int page, int size) {
        return org.springframework.data.domain.PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    }
}
