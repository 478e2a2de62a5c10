package com.kuailv.emergency.knowledge;

import com.kuailv.emergency.knowledge.KnowledgeApi.Article;
import com.kuailv.emergency.knowledge.KnowledgeApi.Step;
import java.util.ArrayList;
import java.util.List;

/** An article as the lines a reader compares between versions. */
final class ArticleText {
  private ArticleText() {}

  static List<String> lines(Article article) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + article.title());
    lines.add("kind: " + article.kind());
    lines.add("incident categories: " + String.join(", ", article.incidentCategories()));
    lines.add("risk sub-types: " + String.join(", ", article.riskSubTypes()));
    lines.addAll(List.of(article.summary().split("\n", -1)));
    int number = 1;
    for (Step step : article.steps()) {
      lines.add(number++ + ". " + step.title());
      for (String detail : step.detail().split("\n", -1)) {
        if (!detail.isEmpty()) {
          lines.add("   " + detail);
        }
      }
    }
    return lines;
  }
}
