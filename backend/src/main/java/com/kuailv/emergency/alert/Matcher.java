package com.kuailv.emergency.alert;

import com.kuailv.emergency.common.error.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Matches one part of an alert (a label, the severity, the source or the summary) by regex. */
@Schema(name = "Matcher")
public record Matcher(
    @NotNull Field field,
    @Schema(description = "The label name, when field is LABEL") @Size(max = 100) String label,
    @Schema(description = "A regular expression found anywhere in the value")
        @NotBlank
        @Size(max = 200)
        String pattern) {

  /** What a matcher looks at. */
  @Schema(name = "MatchField")
  public enum Field {
    LABEL,
    SEVERITY,
    SOURCE,
    SUMMARY
  }

  /** The parts of an alert matchers look at. */
  record Facts(Map<String, String> labels, String severity, String source, String summary) {}

  /** Refuses a matcher that could never work, naming the field under this prefix. */
  void validate(String prefix) {
    if (field == Field.LABEL && (label == null || label.isBlank())) {
      throw ProblemException.invalid(prefix + ".label", "required-label");
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw ProblemException.invalid(prefix + ".pattern", "regex");
    }
  }

  boolean matches(Facts facts) {
    String value =
        switch (field) {
          case LABEL -> facts.labels().get(label);
          case SEVERITY -> facts.severity();
          case SOURCE -> facts.source();
          case SUMMARY -> facts.summary();
        };
    return value != null && Pattern.compile(pattern).matcher(value).find();
  }
}
