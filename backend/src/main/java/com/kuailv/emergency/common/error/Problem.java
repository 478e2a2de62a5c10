package com.kuailv.emergency.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document; every failure the API answers has this shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid input field: a JSON path such as {@code scope.regions[0]} and what is wrong. */
  public record FieldError(String field, String message) {}
}
