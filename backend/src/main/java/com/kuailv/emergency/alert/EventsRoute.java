package com.kuailv.emergency.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.kuailv.emergency.alert.AlertApi.EventAccepted;
import com.kuailv.emergency.common.error.Problem.FieldError;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemMappers;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.web.BodyLimit;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The events API's common case, a routing key in a JSON body of declared length, answered straight
 * from the HTTP layer: this is the path a storm takes, one alert per request. Everything else (a
 * bearer token, another content type, a chunked body) goes on to {@link IntakeResource#event},
 * which documents the operation and answers the same.
 */
@ApplicationScoped
class EventsRoute {
  /** What bean validation answers for a missing body on the resource. */
  private static final ProblemException MISSING_BODY =
      new ProblemException(
          ProblemType.VALIDATION,
          "Check these fields and send again: body.",
          List.of(new FieldError("body", "must not be null")));

  private final AlertIntake intake;
  private final ObjectReader payloads;
  private final ObjectWriter answers;
  private final ProblemMappers problems = new ProblemMappers();

  EventsRoute(AlertIntake intake, ObjectMapper json) {
    this.intake = intake;
    this.payloads = json.readerFor(EventsPayload.class);
    this.answers = json.writer();
  }

  /**
   * Right after the body limit, ahead of the framework's security and REST handlers: a keyed event
   * needs neither, and a storm should not pay for them on every request.
   */
  void install(@Observes Router router) {
    router
        .post("/api/v1/events")
        .order(BodyLimit.ORDER + 1)
        .consumes("application/json")
        .handler(this::receive);
  }

  private void receive(RoutingContext ctx) {
    if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null
        || ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
      ctx.next();
      return;
    }
    ctx.request()
        .body()
        .onSuccess(body -> accept(ctx, body))
        .onFailure(failure -> fail(ctx, failure));
    ctx.request().resume(); // Quarkus hands requests over paused
  }

  private void accept(RoutingContext ctx, Buffer body) {
    EventsPayload payload;
    AlertIntake.Sender known;
    try {
      payload = payloads.readValue(body.getBytes());
      if (payload == null) {
        throw MISSING_BODY;
      }
      known = intake.knownSender(payload.routingKey(), IntegrationType.EVENTS);
    } catch (Exception failure) {
      fail(ctx, failure);
      return;
    }
    if (known != null) {
      store(ctx, payload, known);
      return;
    }
    intake
        .sender(payload.routingKey(), IntegrationType.EVENTS)
        .subscribe()
        .with(sender -> store(ctx, payload, sender), failure -> fail(ctx, failure));
  }

  /** Like the resource: the key is checked first, then the event. */
  private void store(RoutingContext ctx, EventsPayload payload, AlertIntake.Sender sender) {
    AlertSignal signal;
    try {
      signal = payload.signal();
    } catch (ProblemException invalid) {
      fail(ctx, invalid);
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
            fail(ctx, failure);
          }
        });
  }

  private void fail(RoutingContext ctx, Throwable failure) {
    Response answer;
    if (failure instanceof ProblemException problem) {
      answer = problems.problem(problem, ctx.request());
    } else if (failure instanceof JsonProcessingException json) {
      answer = problems.unreadableJson(json, ctx.request());
    } else {
      answer = problems.internal(failure, ctx.request());
    }
    send(
        ctx,
        answer.getStatus(),
        String.valueOf(answer.getMediaType()),
        answer.getEntity(),
        answer.getHeaderString("Retry-After"));
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
