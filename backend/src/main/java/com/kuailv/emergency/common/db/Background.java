package com.kuailv.emergency.common.db;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs database work that no request started (a wake-up, a refresh heard from a NOTIFY) on a new
 * duplicated Vert.x context of its own, as Hibernate Reactive needs, without blocking the caller.
 * It may be called from the event loop.
 */
@ApplicationScoped
public class Background {
  private final Vertx vertx;

  Background(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Subscribes to {@code work} on a new context; {@code done} gets null or the failure. */
  public <T> void run(Supplier<Uni<T>> work, Consumer<Throwable> done) {
    Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
    VertxContextSafetyToggle.setContextSafe(context, true);
    context.runOnContext(
        ignored ->
            Uni.createFrom()
                .deferred(work::get)
                .subscribe()
                .with(item -> done.accept(null), done::accept));
  }
}
