package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.text.StorableText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one message to a channel says: one notice, or, when more are due than a robot takes this
 * minute, all of them merged into one message (a line each, with its links), so none is lost and
 * none is sent twice.
 */
record Post(List<Notice> notices) {
  Post {
    if (notices.isEmpty()) {
      throw new IllegalArgumentException("a post carries at least one notice");
    }
    notices = List.copyOf(notices);
  }

  boolean merged() {
    return notices.size() > 1;
  }

  String headline() {
    return merged() ? "【快驴应急】" + notices.size() + " 条通知（合并发送）" : notices.get(0).headline();
  }

  /** Every person paged by any of the notices, once each (by name). */
  List<Notice.Mention> mentions() {
    Map<String, Notice.Mention> byName = new LinkedHashMap<>();
    notices.forEach(n -> n.mentions().forEach(m -> byName.putIfAbsent(m.name(), m)));
    return List.copyOf(byName.values());
  }

  String markdown(int maxBytes) {
    if (!merged()) {
      return notices.get(0).markdown(maxBytes);
    }
    List<String> lines = new ArrayList<>();
    lines.add("### " + (merged() ? headline() : notices.get(0).markdownHeadline()));
    for (Notice n : notices) {
      lines.add(
          "- "
              + n.markdownHeadline().replace("【快驴应急】", "")
              + (n.groupName() == null ? "" : "（" + Notice.inert(n.groupName()) + "）")
              + "："
              + Notice.inert(StorableText.shorten(n.title(), 40))
              + " [作战室]("
              + n.link()
              + ")"
              + (n.ackUrl() == null ? "" : " [确认接警](" + n.ackUrl() + ")"));
    }
    String calls = callLine();
    return StorableText.shortenToBytes(
        String.join("\n", lines)
            + (calls.isEmpty() ? "" : "\n\n**呼叫**：" + calls)
            + "\n\n**时间**："
            + notices.get(notices.size() - 1).beijingTime(),
        maxBytes);
  }

  String plain(int maxBytes) {
    if (!merged()) {
      return notices.get(0).plain(maxBytes);
    }
    List<String> lines = new ArrayList<>();
    lines.add(headline());
    for (Notice n : notices) {
      lines.add(
          n.headline().replace("【快驴应急】", "")
              + "："
              + StorableText.shorten(n.title(), 40)
              + " "
              + n.link());
    }
    String calls = callLine();
    return StorableText.shortenToBytes(
        String.join("\n", lines) + (calls.isEmpty() ? "" : "\n呼叫：" + calls), maxBytes);
  }

  private String callLine() {
    return new Notice("", 0, "", null, null, notices.get(0).at(), "", mentions(), null).callLine();
  }
}
