package com.kuailv.emergency.common.i18n;

/**
 * A code people read as words (a grade, a status): problem details and other server texts show its
 * label in the reader's language instead of the code.
 */
public interface Labelled {
  /** The words for this value: Chinese, or English when {@code english}. */
  String label(boolean english);
}
