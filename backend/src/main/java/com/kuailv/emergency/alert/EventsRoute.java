package com.kuailv.emergency.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.kuailv.emergency.alert.AlertApi.EventAccepted;
import com.kuailv.emergency.common.error.Problem;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemMappers;
import com.kuailv.emergency.common.error.ProblemTexts;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.web.BodyLimit;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The events API, answered straight from the HTTP layer whatever the transfer encoding or {@code
 * Accept} header: {@code /api/v1/events} (answers problem+json) and PagerDuty's own paths {@code
 * /v2/enqueue} and {@code /v2/change/enqueue} (answer in PagerDuty's shape), so a sender leaving
 * PagerDuty changes one host name. A routing key in the body decides; only a bearer token on {@code
 * /api/v1/events} goes on to {@link IntakeResource#event}, which decides the same way.
 */
@ApplicationScoped
class EventsRoute {
  /** What bean validation answers for a missing body on the resource. */
  static final ProblemException MISSING_BODY = ProblemException.invalid("body", "required");

  /** Where an event arrives and how that address answers. */
  enum Endpoint {
    EVENTS("/api/v1/events", false),
    ENQUEUE("/v2/enqueue", true),
    CHANGE("/v2/change/enqueue", true);

    final String path;
    final boolean pagerDutyShape;

    Endpoint(String path, boolean pagerDutyShape) {
      this.path = path;
      this.pagerDutyShape = pagerDutyShape;
    }
  }

  /** PagerDuty's answer to an event it does not take. */
  record PagerDutyError(String status, String message, List<String> errors) {}

  private final AlertIntake intake;
  private final ChangeService changes;
  private final IntakeJson events;
  private final IntakeJson changeEvents;
  private final ObjectWriter answers;
  private final long maxBytes;
  private final Clock clock;
  private final ProblemMappers problems = new ProblemMappers();

  EventsRoute(
      AlertIntake intake,
      ChangeService changes,
      ObjectMapper json,
      Clock clock,
      @ConfigProperty(name = "kuailv.http.intake-max-body-size") MemorySize maxBodySize) {
    this.intake = intake;
    this.changes = changes;
    this.events = new IntakeJson(json, EventsPayload.class);
    this.changeEvents = new IntakeJson(json, ChangePayload.class);
    this.answers = json.writer();
    this.clock = clock;
    this.maxBytes = maxBodySize.asLongValue();
  }

  /**
   * Right after the body limit, ahead of the framework's security and REST handlers: a keyed event
   * needs neither, and a storm should not pay for them on every request.
   */
  void install(@Observes Router router) {
    for (Endpoint endpoint : Endpoint.values()) {
      router.post(endpoint.path).order(BodyLimit.ORDER + 1).handler(ctx -> receive(ctx, endpoint));
    }
  }

  /** Reads the events payload for the resource's bearer-token callers, with the same leniency. */
  EventsPayload read(byte[] body) throws java.io.IOException {
    EventsPayload payload = events.read(body);
    if (payload == null) {
      throw MISSING_BODY;
    }
    return payload;
  }

  private void receive(RoutingContext ctx, Endpoint endpoint) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (endpoint == Endpoint.EVENTS
        && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.next();
      return;
    }
    // Whatever the Content-Type says (none, curl -d's form type, text/plain), the body is read as
    // JSON: a sender's header must not lose an alert; a body that is not JSON gets a clear 400.
    Buffer body = Buffer.buffer();
    ctx.request()
        .handler(
            chunk -> {
              if (ctx.response().ended()) {
                return;
              }
              body.appendBuffer(chunk);
              if (body.length() > maxBytes) {
                ctx.response().putHeader("Connection", "close");
                fail(
                    ctx,
                    endpoint,
                    new ProblemException(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is over " + maxBytes / 1024 + " KB; send less data."));
              }
            })
        .exceptionHandler(failure -> fail(ctx, endpoint, failure))
        .endHandler(
            ended -> {
              if (!ctx.response().ended()) {
                accept(ctx, endpoint, body.getBytes());
              }
            });
    ctx.request().resume(); // Quarkus hands requests over paused
  }

  private void accept(RoutingContext ctx, Endpoint endpoint, byte[] body) {
    if (endpoint == Endpoint.CHANGE) {
      acceptChange(ctx, endpoint, body);
      return;
    }
    EventsPayload payload;
    AlertIntake.Sender known;
    try {
      payload = read(body);
      known = intake.knownSender(payload.routingKey(), IntegrationType.EVENTS);
    } catch (Exception failure) {
      fail(ctx, endpoint, failure);
      return;
    }
    if (known != null) {
      store(ctx, endpoint, payload, known);
      return;
    }
    intake
        .sender(payload.routingKey(), IntegrationType.EVENTS)
        .subscribe()
        .with(
            sender -> store(ctx, endpoint, payload, sender),
            failure -> fail(ctx, endpoint, failure));
  }

  /** Like the resource: the key is checked first, then the event. */
  private void store(
      RoutingContext ctx, Endpoint endpoint, EventsPayload payload, AlertIntake.Sender sender) {
    AlertSignal signal;
    try {
      signal = payload.signal();
    } catch (ProblemException invalid) {
      fail(ctx, endpoint, invalid);
      return;
    }
    intake.recordOne(
        sender,
        signal,
        failure -> {
          if (failure == null) {
            send(
                ctx,
                202,
                "application/json;charset=UTF-8",
                new EventAccepted("success", "Event processed", signal.dedupKey()),
                null);
          } else {
            fail(ctx, endpoint, failure);
          }
        });
  }

  private void acceptChange(RoutingContext ctx, Endpoint endpoint, byte[] body) {
    ChangePayload payload;
    try {
      payload = changeEvents.read(body);
      if (payload == null) {
        throw MISSING_BODY;
      }
    } catch (Exception failure) {
      fail(ctx, endpoint, failure);
      return;
    }
    intake
        .sender(payload.routingKey(), IntegrationType.EVENTS)
        .chain(sender -> changes.record(sender, payload.change(clock.instant())))
        .subscribe()
        .with(
            stored ->
                send(
                    ctx,
                    202,
                    "application/json;charset=UTF-8",
                    Map.of("status", "success", "message", "Change event processed"),
                    null),
            failure -> fail(ctx, endpoint, failure));
  }

  private void fail(RoutingContext ctx, Endpoint endpoint, Throwable failure) {
    Response answer;
    if (failure instanceof ProblemException problem) {
      answer = problems.problem(problem, ctx.request());
    } else if (failure instanceof JsonProcessingException json) {
      answer = problems.unreadableJson(json, ctx.request());
    } else {
      answer = problems.internal(failure, ctx.request());
    }
    Object entity = answer.getEntity();
    String type = String.valueOf(answer.getMediaType());
    int status = answer.getStatus();
    if (endpoint.pagerDutyShape && entity instanceof Problem problem) {
      type = "application/json;charset=UTF-8";
      // PagerDuty answers in English whatever the caller's language.
      entity =
          pagerDutyError(
              failure instanceof ProblemException refused
                  ? new Problem(
                      problem.type(),
                      problem.title(),
                      problem.status(),
                      refused.detail(true),
                      problem.instance(),
                      refused.errors(true))
                  : problem);
      if (status == 404) {
        status = 400; // PagerDuty answers an unknown routing key as an invalid event
      }
    }
    send(ctx, status, type, entity, answer.getHeaderString("Retry-After"));
  }

  /** A problem in PagerDuty's words: {@code {status, message, errors[]}}. */
  private static PagerDutyError pagerDutyError(Problem problem) {
    List<String> errors =
        problem.errors() == null || problem.errors().isEmpty()
            ? List.of(problem.detail())
            : problem.errors().stream().map(e -> e.field() + " " + e.message()).toList();
    return switch (problem.status()) {
      case 400, 404 -> new PagerDutyError("invalid event", "Event object is invalid", errors);
      case 413 -> new PagerDutyError("invalid event", "Request body is too large", errors);
      case 429 ->
          new PagerDutyError(
              "throttle event",
              "Requests for this service are arriving too quickly. Please retry later.",
              errors);
      default ->
          new PagerDutyError(
              "error", ProblemTexts.title(true, ProblemType.forStatus(problem.status())), errors);
    };
  }

  private void send(
      RoutingContext ctx, int status, String contentType, Object entity, String retryAfter) {
    if (ctx.response().ended()) {
      return;
    }
    try {
      ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType);
      if (retryAfter != null) {
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfter);
      }
      ctx.response().end(Buffer.buffer(answers.writeValueAsBytes(entity)));
    } catch (JsonProcessingException e) {
      ctx.fail(e);
    }
  }
}
