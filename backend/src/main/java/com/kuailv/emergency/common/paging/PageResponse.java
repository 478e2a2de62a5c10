package com.kuailv.emergency.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code items}, the zero-based {@code page}, its {@code size}, {@code total}.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
  public <R> PageResponse<R> map(Function<T, R> mapper) {
    return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
