package com.kuailv.emergency.knowledge;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class ArticleVersionRepository
    implements PanacheRepositoryBase<ArticleVersionRecord, ArticleVersionRecord.Key> {
  /** The article's versions, newest first. */
  Uni<List<ArticleVersionRecord>> forArticle(long articleId) {
    return list("articleId", Sort.descending("version"), articleId);
  }

  Uni<ArticleVersionRecord> find(long articleId, long version) {
    return find("articleId = ?1 and version = ?2", articleId, version).firstResult();
  }
}
