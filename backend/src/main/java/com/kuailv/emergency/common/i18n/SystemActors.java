package com.kuailv.emergency.common.i18n;

/**
 * The name people see for an actor that is not a person (the platform, an escalation policy, an
 * alert integration), in the reader's language; a person's own name is shown as stored. System
 * actors are recognised by their subject: {@code system}, {@code system:<job>} and {@code
 * integration:<id>} (whose stored name is "告警 · <integration name>").
 */
public final class SystemActors {
  static final String BUNDLE = "texts";

  private SystemActors() {}

  /** {@code storedName} as the reader should see it. */
  public static String name(String subject, String storedName, boolean english) {
    if (subject == null) {
      return storedName;
    }
    if (subject.equals("system")) {
      return Texts.text(BUNDLE, english, "actor.system");
    }
    if (subject.startsWith("system:")) {
      String key = "actor." + subject;
      return Texts.bundle(BUNDLE, english).containsKey(key)
          ? Texts.text(BUNDLE, english, key)
          : Texts.text(BUNDLE, english, "actor.system");
    }
    if (subject.startsWith("integration:") && storedName != null) {
      int dot = storedName.indexOf('·');
      String integration = dot < 0 ? storedName : storedName.substring(dot + 1).strip();
      return Texts.text(BUNDLE, english, "actor.integration", integration);
    }
    return storedName;
  }
}
