package com.kuailv.emergency.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.common.error.Problem;
import com.kuailv.emergency.common.error.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses a declared body over the limit with a problem document before any of it is read. */
@ApplicationScoped
public class BodyLimit {
  /** Where in the router the limit applies: before every other handler of ours. */
  public static final int ORDER = -1000;

  private final long maxBytes;
  private final long intakeMaxBytes;
  private final ObjectMapper json;

  BodyLimit(
      @ConfigProperty(name = "kuailv.http.max-body-size") MemorySize maxBodySize,
      @ConfigProperty(name = "kuailv.http.intake-max-body-size") MemorySize intakeMaxBodySize,
      ObjectMapper json) {
    this.maxBytes = maxBodySize.asLongValue();
    this.intakeMaxBytes = intakeMaxBodySize.asLongValue();
    this.json = json;
  }

  private byte[] tooLarge(long limit) throws Exception {
    return json.writeValueAsBytes(
        new Problem(
            ProblemType.PAYLOAD_TOO_LARGE.uri(),
            ProblemType.PAYLOAD_TOO_LARGE.title(),
            413,
            "The request body is over " + limit / 1024 + " KB; send less data.",
            null,
            null));
  }

  private static boolean isIntake(String path) {
    return path.startsWith("/api/v1/intake/")
        || path.equals("/api/v1/events")
        || path.startsWith("/v2/")
        || path.startsWith("/api/v1/heartbeats/");
  }

  /** PagerDuty's own answer shape, for its paths ({@code /v2/...}). */
  private byte[] pagerDutyTooLarge(long limit) throws Exception {
    return json.writeValueAsBytes(
        java.util.Map.of(
            "status",
            "invalid event",
            "message",
            "Request body is too large",
            "errors",
            java.util.List.of(
                "The request body is over " + limit / 1024 + " KB; send less data.")));
  }

  void install(@Observes Router router) throws Exception {
    byte[] tooLarge = tooLarge(maxBytes);
    byte[] intakeTooLarge = tooLarge(intakeMaxBytes);
    byte[] pagerDutyTooLarge = pagerDutyTooLarge(intakeMaxBytes);
    router
        .route()
        .order(ORDER)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              boolean intake = isIntake(ctx.request().path());
              long limit = intake ? intakeMaxBytes : maxBytes;
              if (length != null && parse(length) > limit) {
                boolean pagerDuty = ctx.request().path().startsWith("/v2/");
                ctx.response()
                    .setStatusCode(413)
                    .putHeader(
                        HttpHeaders.CONTENT_TYPE,
                        pagerDuty ? "application/json;charset=UTF-8" : Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(
                        io.vertx.core.buffer.Buffer.buffer(
                            pagerDuty ? pagerDutyTooLarge : intake ? intakeTooLarge : tooLarge));
              } else {
                ctx.next();
              }
            });
  }

  private static long parse(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
