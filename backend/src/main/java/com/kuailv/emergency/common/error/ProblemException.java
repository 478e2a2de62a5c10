package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.error.Problem.FieldError;
import java.util.List;

/** A business or input failure that the API reports as a problem document. */
public class ProblemException extends RuntimeException {
  private final ProblemType type;
  private final transient List<FieldError> errors;

  /** For {@link #invalid}: the field, and the message's key and arguments in the bundles. */
  private final transient Object[] field;

  /** A detail from the bundles: its key, then its arguments ({@link Record} names resolved). */
  private transient Object[] keyed;

  /**
   * A record's name in the detail, e.g. {@code Record.of("Incident")}: the bundles' {@code
   * record.incident} in the caller's language, or the name as given when the bundles lack it.
   */
  public record Record(String key, String fallback) {
    static Record of(String name) {
      return new Record(
          "record." + name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"),
          name.strip());
    }

    String in(boolean english) {
      return ProblemTexts.bundle(english).containsKey(key)
          ? ProblemTexts.text(english, key)
          : fallback;
    }
  }

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, null);
  }

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    this(type, detail, errors, null);
  }

  private ProblemException(
      ProblemType type, String detail, List<FieldError> errors, Object[] field) {
    super(detail, null, false, false);
    this.type = type;
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
    String message = ProblemTexts.text(true, "field." + key, Reason.resolve(true, arguments));
    return new ProblemException(
        type,
        ProblemTexts.text(true, "detail.field-invalid", field, message),
        List.of(new FieldError(field, message)),
        new Object[] {field, key, arguments});
  }

  /** 404: {@code what} (a record type, named in the caller's language) {@code id} is not there. */
  public static ProblemException notFound(String what, Object id) {
    return keyed(ProblemType.NOT_FOUND, "detail.not-found", Record.of(what), String.valueOf(id));
  }

  /**
   * 412: someone changed {@code what} (a record type) since the caller read it; the detail says to
   * reload, in the caller's language.
   */
  public static ProblemException stale(String what) {
    return keyed(ProblemType.PRECONDITION_FAILED, "detail.stale", Record.of(what));
  }

  /** 412 that names the version the caller sent and the one stored now. */
  public static ProblemException stale(String what, long sent, long current) {
    return keyed(
        ProblemType.PRECONDITION_FAILED,
        "detail.stale-version",
        Record.of(what),
        String.valueOf(sent),
        String.valueOf(current));
  }

  private static ProblemException keyed(ProblemType type, String key, Object... arguments) {
    Object[] english = Reason.resolve(true, arguments);
    ProblemException problem =
        new ProblemException(type, ProblemTexts.text(true, key, english), null, null);
    Object[] all = new Object[arguments.length + 1];
    all[0] = key;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    problem.keyed = all;
    return problem;
  }

  /** 409: a rule refused the action now; the detail is {@code reason} in the caller's language. */
  public static ProblemException conflict(Reason reason) {
    return of(ProblemType.CONFLICT, reason);
  }

  /**
   * 403 for this record, not the role (which the endpoint's permission answers): {@code reason}.
   */
  public static ProblemException forbidden(Reason reason) {
    return of(ProblemType.FORBIDDEN, reason);
  }

  /** Any problem type, its detail {@code reason} in the caller's language. */
  public static ProblemException of(ProblemType type, Reason reason) {
    return keyed(type, reason.key(), reason.arguments());
  }

  public ProblemType type() {
    return type;
  }

  /** The detail in the caller's language: English when {@code english}, else Chinese if known. */
  public String detail(boolean english) {
    if (field != null) {
      return ProblemTexts.text(english, "detail.field-invalid", field[0], message(english));
    }
    if (keyed != null) {
      return ProblemTexts.text(
          english,
          (String) keyed[0],
          Reason.resolve(english, java.util.Arrays.copyOfRange(keyed, 1, keyed.length)));
    }
    return getMessage();
  }

  /** The field errors in the caller's language (English when {@code english}). */
  public List<FieldError> errors(boolean english) {
    return field == null ? errors : List.of(new FieldError((String) field[0], message(english)));
  }

  private String message(boolean english) {
    return ProblemTexts.text(
        english, "field." + field[1], Reason.resolve(english, (Object[]) field[2]));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
