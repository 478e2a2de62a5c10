package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.error.Problem.FieldError;
import java.util.List;

/** A business or input failure that the API reports as a problem document. */
public class ProblemException extends RuntimeException {
  private final ProblemType type;
  private final transient List<FieldError> errors;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, null);
  }

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = errors;
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        "The field '" + field + "' is invalid: " + message,
        List.of(new FieldError(field, message)));
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist.");
  }

  /** A lifecycle rule refused the action; the detail says which precondition is missing. */
  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
