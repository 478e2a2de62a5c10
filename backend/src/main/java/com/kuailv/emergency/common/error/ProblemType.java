package com.kuailv.emergency.common.error;

/** The kinds of problem the API reports, each with its status and a stable type URI. */
public enum ProblemType {
  VALIDATION(400, "Invalid input"),
  MALFORMED_BODY(400, "Malformed request body"),
  UNAUTHORIZED(401, "Sign-in required"),
  FORBIDDEN(403, "Not allowed"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Not possible right now"),
  GONE(410, "Gone"),
  PRECONDITION_FAILED(412, "Precondition failed"),
  PAYLOAD_TOO_LARGE(413, "Request body too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  UNPROCESSABLE(422, "Unprocessable content"),
  PRECONDITION_REQUIRED(428, "Precondition required"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  UNAVAILABLE(503, "Service unavailable"),
  INTERNAL(500, "Internal error");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String uri() {
    return "/problems/" + name().toLowerCase().replace('_', '-');
  }

  /** The problem type for an HTTP status, or {@link #INTERNAL} for one the API never chooses. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != MALFORMED_BODY) {
        return type;
      }
    }
    return INTERNAL;
  }
}
