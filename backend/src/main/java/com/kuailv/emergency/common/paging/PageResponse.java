package com.kuailv.emergency.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: {@code items}, the zero-based {@code page}, its {@code size}, {@code total}.
 */
public record PageResponse<T>(
    @Schema(required = true) List<T> items,
    @Schema(required = true) int page,
    @Schema(required = true) int size,
    @Schema(required = true) long total) {}
