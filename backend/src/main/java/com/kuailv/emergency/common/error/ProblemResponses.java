package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.error.Problem.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Response of(ProblemType type, String detail, String instance) {
    return of(type, detail, instance, null);
  }

  public static Response of(
      ProblemType type, String detail, String instance, List<FieldError> errors) {
    Problem problem =
        new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
