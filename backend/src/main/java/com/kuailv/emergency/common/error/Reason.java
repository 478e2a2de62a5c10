package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.i18n.Labelled;
import java.util.Arrays;
import java.util.List;

/**
 * Why something was refused, as a key of the problem bundles ({@code problems.properties}, {@code
 * problems_zh_CN.properties}) and its arguments, written out in the reader's language only when it
 * is read. Arguments are filled in as {@link java.text.MessageFormat} does, after each is put in
 * that language: a {@link Labelled} value (a status, a group) by its label, a nested {@code Reason}
 * by its own text, a {@link ProblemException.Record} by its name, a {@link List} as its items
 * joined by the bundle's {@code list.separator} (、 or ", "), an {@link AnyOf} by {@code list.or} (、
 * or " or "); numbers should be passed as strings, or MessageFormat groups their digits.
 *
 * @param key a key of the problem bundles, e.g. {@code reason.page-expired}
 */
public record Reason(String key, Object... arguments) {
  /** Alternatives, read "a or b" ("a、b" in Chinese). */
  public record AnyOf(List<?> items) {}

  /** The reason in English when {@code english}, else in Chinese. */
  public String in(boolean english) {
    return ProblemTexts.text(english, key, resolve(english, arguments));
  }

  /** The arguments in one language, ready for MessageFormat. */
  static Object[] resolve(boolean english, Object[] arguments) {
    return Arrays.stream(arguments).map(a -> resolve(english, a)).toArray();
  }

  private static Object resolve(boolean english, Object argument) {
    if (argument instanceof ProblemException.Record r) {
      return r.in(english);
    }
    if (argument instanceof Labelled l) {
      return l.label(english);
    }
    if (argument instanceof Reason r) {
      return r.in(english);
    }
    if (argument instanceof List<?> items) {
      return join(english, "list.separator", items);
    }
    if (argument instanceof AnyOf any) {
      return join(english, "list.or", any.items());
    }
    return argument;
  }

  private static String join(boolean english, String separator, List<?> items) {
    return String.join(
        ProblemTexts.text(english, separator),
        items.stream().map(item -> String.valueOf(resolve(english, item))).toList());
  }
}
