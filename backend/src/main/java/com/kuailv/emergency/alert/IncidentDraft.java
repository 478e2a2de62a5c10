package com.kuailv.emergency.alert;

import com.kuailv.emergency.common.text.StorableText;
import com.kuailv.emergency.incident.BusinessLine;
import com.kuailv.emergency.incident.Grade;
import com.kuailv.emergency.incident.IncidentApi.ImpactScope;
import com.kuailv.emergency.incident.IncidentApi.ReportIncident;
import com.kuailv.emergency.incident.IncidentCategory;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The incident a group of alerts opens, written for the people who will read it at 4 a.m.: a title
 * that fits (the rule's template, else the summary), a description with summary, service, instance,
 * source, counts, first time (Beijing time) and the sender's link, and the category, business line
 * and proposed grade from the rule or, where the rule does not say, from the common labels {@code
 * category}, {@code business_line} or {@code team} and {@code grade}, or the alert's severity.
 */
record IncidentDraft(ReportIncident report, Grade proposedGrade) {
  /** Column sizes of {@code incident}, in characters (code points). */
  static final int TITLE_LIMIT = 200;

  static final int PHENOMENON_LIMIT = 4000;
  static final int SYSTEM_LIMIT = 100;

  /** The sender's severity as the SPA names it (zh-CN, the description's language). */
  private static final Map<String, String> SEVERITY_NAMES =
      Map.of("critical", "严重", "error", "错误", "warning", "警告", "info", "提示");

  private static final DateTimeFormatter BEIJING =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  /**
   * The draft for the group's first alert, the number of alerts routed with it, the rule that
   * matched (null for none), the group's earlier incident (null for none) and the time now.
   */
  static IncidentDraft of(
      AlertRouter.Queued first,
      int alertsInGroup,
      AlertPolicy.Rule rule,
      Long earlierIncident,
      OffsetDateTime now) {
    Map<String, String> labels = first.facts().labels();
    String service = labels.getOrDefault("service", "");
    String system =
        AlertmanagerPayload.first(service, first.source(), first.integrationName(), "alert");
    String wanted = rule == null ? first.summary() : rule.title(first.facts());
    String title =
        wanted.isBlank()
            ? "告警 · " + AlertmanagerPayload.first(labels.get("alertname"), first.groupKey())
            : wanted;
    OffsetDateTime occurred = first.firstSeenAt().isAfter(now) ? now : first.firstSeenAt();
    StringBuilder text = new StringBuilder(first.summary().strip());
    line(text, "服务", service);
    line(text, "实例", labels.get("instance"));
    line(text, "来源", first.integrationName() + " · " + first.source());
    line(text, "级别", SEVERITY_NAMES.getOrDefault(first.facts().severity(), ""));
    line(
        text,
        "告警",
        "本组 " + alertsInGroup + " 条，首次触发于 " + BEIJING.format(first.firstSeenAt()) + "（北京时间）");
    line(text, "链接", first.link());
    if (earlierIncident != null) {
      line(text, "此前", "此告警组此前的故障 #" + earlierIncident);
    }
    String category = rule != null && rule.category() != null ? rule.category() : null;
    ReportIncident report =
        new ReportIncident(
            StorableText.shorten(title.strip(), TITLE_LIMIT),
            StorableText.shorten(text.toString(), PHENOMENON_LIMIT),
            occurred,
            new ImpactScope(
                List.of(StorableText.shorten(system.strip(), SYSTEM_LIMIT)),
                rule != null && rule.businessLine() != null
                    ? List.of(rule.businessLine())
                    : businessLines(labels),
                List.of()),
            null,
            category != null
                ? IncidentCategory.valueOf(category)
                : category(labels.get("category")));
    return new IncidentDraft(
        report,
        rule != null && rule.proposedGrade() != null
            ? rule.proposedGrade()
            : grade(labels.get("grade"), first.facts().severity()));
  }

  private static void line(StringBuilder text, String name, String value) {
    if (value != null && !value.isBlank()) {
      text.append('\n').append(name).append("：").append(value.strip());
    }
  }

  private static IncidentCategory category(String label) {
    if (label == null) {
      return null;
    }
    try {
      return IncidentCategory.valueOf(label.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** {@code business_line}, else {@code team}: an English name (any case) or the Chinese one. */
  private static List<BusinessLine> businessLines(Map<String, String> labels) {
    List<BusinessLine> lines = new ArrayList<>();
    for (String label : List.of("business_line", "team")) {
      BusinessLine line = businessLine(labels.get(label));
      if (line != null) {
        lines.add(line);
        break;
      }
    }
    return lines;
  }

  private static BusinessLine businessLine(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "procurement", "purchasing", "采购" -> BusinessLine.PROCUREMENT;
      case "warehouse", "warehousing", "wms", "仓储", "仓库" -> BusinessLine.WAREHOUSE;
      case "logistics", "delivery", "tms", "物流", "配送" -> BusinessLine.LOGISTICS;
      case "sales", "cs", "customer-service", "销售", "客服" -> BusinessLine.SALES;
      default -> null;
    };
  }

  /**
   * The {@code grade} label (GENERAL/SERIOUS/MAJOR or 一般/严重/重大), else from the alert's severity:
   * critical proposes 严重, error and warning 一般, info nothing. A proposal only: the commander grades
   * at assessment.
   */
  private static Grade grade(String label, String severity) {
    if (label != null) {
      switch (label.strip().toUpperCase(Locale.ROOT)) {
        case "GENERAL", "一般":
          return Grade.GENERAL;
        case "SERIOUS", "严重":
          return Grade.SERIOUS;
        case "MAJOR", "重大":
          return Grade.MAJOR;
        default:
          break;
      }
    }
    return switch (severity) {
      case "critical" -> Grade.SERIOUS;
      case "error", "warning" -> Grade.GENERAL;
      default -> null;
    };
  }
}
