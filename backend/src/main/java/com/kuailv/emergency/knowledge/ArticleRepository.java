package com.kuailv.emergency.knowledge;

import com.kuailv.emergency.knowledge.KnowledgeApi.Kind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
class ArticleRepository implements PanacheRepositoryBase<ArticleRecord, Long> {
  /**
   * Articles whose search text contains every pattern (ILIKE patterns, escaped by the caller), of
   * the kind and incident category when given; title matches first, then latest edits; at most 200.
   */
  Uni<List<ArticleRecord>> search(List<String> patterns, Kind kind, String category) {
    StringBuilder where = new StringBuilder("true");
    StringBuilder titleMatches = new StringBuilder("true");
    for (int i = 0; i < patterns.size(); i++) {
      where.append(" and search_text ilike :p").append(i);
      titleMatches.append(" and title ilike :p").append(i);
    }
    String sql =
        "select id from article where "
            + where
            + " and (cast(:kind as text) is null or kind = :kind)"
            + " and (cast(:category as text) is null or :category = any (incident_categories))"
            + " order by "
            + (patterns.isEmpty() ? "" : "(" + titleMatches + ") desc, ")
            + "updated_at desc, id limit 200";
    return Panache.getSession()
        .chain(
            session -> {
              var query =
                  session
                      .<Object>createNativeQuery(sql)
                      .setParameter("kind", kind == null ? null : kind.name())
                      .setParameter("category", category);
              for (int i = 0; i < patterns.size(); i++) {
                query.setParameter("p" + i, patterns.get(i));
              }
              return query.getResultList();
            })
        .chain(
            ids -> {
              List<Long> order = ids.stream().map(id -> ((Number) id).longValue()).toList();
              if (order.isEmpty()) {
                return Uni.createFrom().item(List.<ArticleRecord>of());
              }
              Map<Long, Integer> rank = new HashMap<>();
              order.forEach(id -> rank.put(id, rank.size()));
              return list("id in ?1", order)
                  .map(
                      found -> {
                        List<ArticleRecord> sorted = new ArrayList<>(found);
                        sorted.sort(Comparator.comparing(article -> rank.get(article.id)));
                        return sorted;
                      });
            });
  }

  Uni<ArticleRecord> lock(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Articles for an incident category, oldest first. */
  Uni<List<ArticleRecord>> forCategory(String incidentCategory) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select id from article where :category = any (incident_categories)"
                            + " order by id",
                        Object.class)
                    .setParameter("category", incidentCategory)
                    .getResultList())
        .chain(
            ids ->
                ids.isEmpty()
                    ? Uni.createFrom().item(List.<ArticleRecord>of())
                    : list(
                        "id in ?1 order by id",
                        ids.stream().map(id -> ((Number) id).longValue()).toList()));
  }
}
