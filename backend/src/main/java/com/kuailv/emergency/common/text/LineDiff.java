package com.kuailv.emergency.common.text;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line diff by longest common subsequence; articles are short, so the table is small. */
public final class LineDiff {
  private LineDiff() {}

  public enum LineChange {
    SAME,
    ADDED,
    REMOVED
  }

  /** One line of a diff: unchanged, added in the newer text, or removed from the older. */
  public record DiffLine(
      @Schema(required = true) LineChange change, @Schema(required = true) String text) {}

  public static List<DiffLine> between(List<String> older, List<String> newer) {
    int[][] common = new int[older.size() + 1][newer.size() + 1];
    for (int i = older.size() - 1; i >= 0; i--) {
      for (int j = newer.size() - 1; j >= 0; j--) {
        common[i][j] =
            older.get(i).equals(newer.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<DiffLine> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < older.size() && j < newer.size()) {
      if (older.get(i).equals(newer.get(j))) {
        lines.add(new DiffLine(LineChange.SAME, older.get(i)));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new DiffLine(LineChange.REMOVED, older.get(i++)));
      } else {
        lines.add(new DiffLine(LineChange.ADDED, newer.get(j++)));
      }
    }
    while (i < older.size()) {
      lines.add(new DiffLine(LineChange.REMOVED, older.get(i++)));
    }
    while (j < newer.size()) {
      lines.add(new DiffLine(LineChange.ADDED, newer.get(j++)));
    }
    return lines;
  }
}
