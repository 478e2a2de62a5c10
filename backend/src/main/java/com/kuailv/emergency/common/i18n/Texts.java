package com.kuailv.emergency.common.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the server writes for people, from a message bundle: {@code <bundle>.properties} holds the
 * English, {@code <bundle>_zh_CN.properties} the Chinese (the default: Chinese unless English is
 * asked for). Arguments follow {@link MessageFormat}. A missing key is a programming error ({@link
 * java.util.MissingResourceException}); tests check both files hold the same keys.
 */
public final class Texts {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /** The text of {@code key} in bundle {@code bundle}, in English or Chinese, filled in. */
  public static String text(String bundle, boolean english, String key, Object... arguments) {
    String pattern = bundle(bundle, english).getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, locale(english)).format(arguments);
  }

  /** The bundle in English or Chinese. */
  public static ResourceBundle bundle(String bundle, boolean english) {
    return ResourceBundle.getBundle(bundle, locale(english), NO_FALLBACK);
  }

  private static Locale locale(boolean english) {
    return english ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE;
  }
}
