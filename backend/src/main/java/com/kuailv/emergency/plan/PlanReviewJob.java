package com.kuailv.emergency.plan;

import com.kuailv.emergency.common.db.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Marks the published plan due for review once its interval has passed, once per cluster. */
@ApplicationScoped
class PlanReviewJob {
  static final long LOCK = 7_101_004L;

  private final ClusterLock locks;
  private final PlanService plans;
  private final Duration every;

  PlanReviewJob(
      ClusterLock locks,
      PlanService plans,
      @ConfigProperty(name = "kuailv.plan.review-check-every") Duration every) {
    this.locks = locks;
    this.plans = plans;
    this.every = every;
  }

  @Scheduled(
      every = "{kuailv.plan.review-check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> flagReviewDue() {
    return locks.runOncePerPeriod(
        LOCK, "plan-review", every, () -> plans.flagReviewDue().replaceWithVoid());
  }
}
