package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.error.Problem.FieldError;
import java.util.List;

/** A business or input failure that the API reports as a problem document. */
public class ProblemException extends RuntimeException {
  private final ProblemType type;
  private final transient List<FieldError> errors;
  private final String detailZh;

  /** For {@link #invalid}: the field, and the message's key and arguments in the bundles. */
  private final transient Object[] field;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, null);
  }

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    this(type, detail, null, errors);
  }

  private ProblemException(
      ProblemType type, String detail, String detailZh, List<FieldError> errors) {
    this(type, detail, detailZh, errors, null);
  }

  private ProblemException(
      ProblemType type, String detail, String detailZh, List<FieldError> errors, Object[] field) {
    super(detail, null, false, false);
    this.type = type;
    this.detailZh = detailZh;
    this.errors = errors;
    this.field = field;
  }

  /**
   * 400 naming {@code field}, with the message {@code field.<key>} of the problem bundles ({@code
   * problems.properties}, {@code problems_zh_CN.properties}) in the caller's language, its
   * arguments filled in as {@link java.text.MessageFormat} does.
   */
  public static ProblemException invalid(String field, String key, Object... arguments) {
    return fieldProblem(ProblemType.VALIDATION, field, key, arguments);
  }

  /** 422 naming {@code field}, its message from the bundles as for {@link #invalid}. */
  public static ProblemException unprocessable(String field, String key, Object... arguments) {
    return fieldProblem(ProblemType.UNPROCESSABLE, field, key, arguments);
  }

  private static ProblemException fieldProblem(
      ProblemType type, String field, String key, Object... arguments) {
    String message = ProblemTexts.text(true, "field." + key, arguments);
    return new ProblemException(
        type,
        ProblemTexts.text(true, "detail.field-invalid", field, message),
        null,
        List.of(new FieldError(field, message)),
        new Object[] {field, key, arguments});
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
    if (field != null) {
      return ProblemTexts.text(english, "detail.field-invalid", field[0], message(english));
    }
    return english || detailZh == null ? getMessage() : detailZh;
  }

  /** The field errors in the caller's language (English when {@code english}). */
  public List<FieldError> errors(boolean english) {
    return field == null ? errors : List.of(new FieldError((String) field[0], message(english)));
  }

  private String message(boolean english) {
    return ProblemTexts.text(english, "field." + field[1], (Object[]) field[2]);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
