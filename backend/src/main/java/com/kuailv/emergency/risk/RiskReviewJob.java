package com.kuailv.emergency.risk;

import com.kuailv.emergency.common.db.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Flags risks whose review date has passed, once per period across the cluster. */
@ApplicationScoped
class RiskReviewJob {
  static final long LOCK = 7_101_003L;

  private final ClusterLock locks;
  private final RiskService risks;
  private final Duration every;

  RiskReviewJob(
      ClusterLock locks,
      RiskService risks,
      @ConfigProperty(name = "kuailv.risks.review-check-every") Duration every) {
    this.locks = locks;
    this.risks = risks;
    this.every = every;
  }

  @Scheduled(
      every = "{kuailv.risks.review-check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> flagOverdueReviews() {
    return locks.runOncePerPeriod(
        LOCK,
        "risk-reviews",
        every,
        () -> risks.flagOverdueReviews(risks.today()).replaceWithVoid());
  }
}
