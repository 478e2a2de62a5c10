package com.kuailv.emergency.plan;

import com.kuailv.emergency.common.db.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Marks the published plan due for review once its interval has passed, once per cluster. */
@ApplicationScoped
class PlanReviewJob {
  static final long LOCK = 7_101_004L;

  private final Pool pool;
  private final PlanService plans;
  private final Duration every;
  private final Clock clock;

  PlanReviewJob(
      Pool pool,
      PlanService plans,
      @ConfigProperty(name = "kuailv.plan.review-check-every") Duration every,
      Clock clock) {
    this.clock = clock;
    this.pool = pool;
    this.plans = plans;
    this.every = every;
  }

  @Scheduled(
      every = "{kuailv.plan.review-check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> flagReviewDue() {
    return ClusterLock.runOncePerPeriod(
        pool, clock, LOCK, "plan-review", every, () -> plans.flagReviewDue().replaceWithVoid());
  }
}
