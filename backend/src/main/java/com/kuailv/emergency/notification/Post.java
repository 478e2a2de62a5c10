package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.text.StorableText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one message to a channel says: one notice, or, when more are due than a robot takes this
 * minute, all of them merged into one message (a line each, with its links), so none is lost and
 * none is sent twice. All its notices are for one channel, so they share its language.
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
    Notice first = notices.get(0);
    return merged()
        ? first.brand() + first.words("merged", String.valueOf(notices.size()))
        : first.headline();
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
    Notice last = notices.get(notices.size() - 1);
    List<String> lines = new ArrayList<>();
    lines.add("### " + headline());
    for (Notice n : notices) {
      lines.add(
          "- "
              + n.markdownHeadline().substring(n.brand().length())
              + (n.groupName() == null ? "" : n.words("grading", Notice.inert(n.groupName())))
              + n.words("separator")
              + Notice.inert(StorableText.shorten(n.title(), 40))
              + " ["
              + n.words("link.war-room.short")
              + "]("
              + n.link()
              + ")"
              + (n.ackUrl() == null
                  ? ""
                  : " [" + n.words("link.ack.short") + "](" + n.ackUrl() + ")"));
    }
    String calls = callLine();
    return StorableText.shortenToBytes(
        String.join("\n", lines)
            + (calls.isEmpty() ? "" : "\n\n" + last.boldField("paging", calls))
            + "\n\n"
            + last.boldField("time", last.beijingTime()),
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
          n.headline().substring(n.brand().length())
              + n.words("separator")
              + StorableText.shorten(n.title(), 40)
              + " "
              + n.link());
    }
    String calls = callLine();
    return StorableText.shortenToBytes(
        String.join("\n", lines)
            + (calls.isEmpty() ? "" : "\n" + notices.get(0).plainField("paging", calls)),
        maxBytes);
  }

  private String callLine() {
    Notice first = notices.get(0);
    return new Notice("", 0, "", null, null, first.at(), "", mentions(), null)
        .in(first.english(), null)
        .callLine();
  }
}
