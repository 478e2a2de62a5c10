package com.kuailv.emergency.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the application does in the background, failing after 20 s. */
public final class Await {
  private Await() {}

  /** Returns once {@code done} holds; {@code what} names it in the failure. */
  public static void until(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
