package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.error.Problem.FieldError;
import java.util.List;

/** A business or input failure that the API reports as a problem document. */
public class ProblemException extends RuntimeException {
  private final ProblemType type;
  private final transient List<FieldError> errors;
  private final String detailZh;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, null);
  }

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    this(type, detail, null, errors);
  }

  private ProblemException(
      ProblemType type, String detail, String detailZh, List<FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.detailZh = detailZh;
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

  /**
   * A rule refused the action, with the detail in Chinese and English: the answer carries the one
   * the caller's {@code Accept-Language} asks for (Chinese unless English is preferred).
   */
  public static ProblemException conflict(String detailZh, String detailEn) {
    return new ProblemException(ProblemType.CONFLICT, detailEn, detailZh, null);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public ProblemType type() {
    return type;
  }

  /** The detail in the caller's language: English when {@code english}, else Chinese if known. */
  public String detail(boolean english) {
    return english || detailZh == null ? getMessage() : detailZh;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
