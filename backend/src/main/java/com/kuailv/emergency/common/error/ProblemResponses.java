package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.error.Problem.FieldError;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses, titled in the caller's language. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Response of(ProblemType type, String detail, HttpServerRequest request) {
    return of(type, detail, request, null);
  }

  /** A problem of this type about the request's path; {@code errors} name fields (or null). */
  public static Response of(
      ProblemType type, String detail, HttpServerRequest request, List<FieldError> errors) {
    Problem problem =
        new Problem(
            type.uri(),
            ProblemTexts.title(ProblemTexts.english(request), type),
            type.status(),
            detail,
            request.path(),
            errors);
    return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
