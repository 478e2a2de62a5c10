package com.kuailv.emergency.safeguard;

import com.kuailv.emergency.common.db.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Flags systems whose last verified restore is older than their policy, once per cluster. */
@ApplicationScoped
class SafeguardJob {
  static final long LOCK = 7_101_005L;

  private final ClusterLock locks;
  private final SafeguardService safeguards;
  private final Duration every;

  SafeguardJob(
      ClusterLock locks,
      SafeguardService safeguards,
      @ConfigProperty(name = "kuailv.safeguards.check-every") Duration every) {
    this.locks = locks;
    this.safeguards = safeguards;
    this.every = every;
  }

  @Scheduled(
      every = "{kuailv.safeguards.check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> flagStaleRestores() {
    return locks.runOncePerPeriod(
        LOCK,
        "safeguard-restores",
        every,
        () -> safeguards.flagStaleRestores(safeguards.today()).replaceWithVoid());
  }
}
