package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.i18n.Texts;
import com.kuailv.emergency.common.web.Languages;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of problems the platform writes itself (titles, and the details of the HTTP layer),
 * from the bundles {@code problems.properties} (English) and {@code problems_zh_CN.properties}
 * (Chinese), in the caller's language as {@code Accept-Language} asks (Chinese unless English is
 * preferred). Arguments follow {@link MessageFormat}.
 */
public final class ProblemTexts {
  static final String BUNDLE = "problems";

  private ProblemTexts() {}

  /** Whether the request asks for English. */
  public static boolean english(HttpServerRequest request) {
    return Languages.prefersEnglish(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** The text of {@code key} in English or Chinese, with its arguments filled in. */
  public static String text(boolean english, String key, Object... arguments) {
    return Texts.text(BUNDLE, english, key, arguments);
  }

  /** The title of a problem type, e.g. 输入有误 / Invalid input. */
  public static String title(boolean english, ProblemType type) {
    return text(english, "title." + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  static ResourceBundle bundle(boolean english) {
    return Texts.bundle(BUNDLE, english);
  }
}
