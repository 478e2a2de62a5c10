package com.kuailv.emergency.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.kuailv.emergency.common.db.SqlStates;
import com.kuailv.emergency.common.error.Problem.FieldError;
import com.kuailv.emergency.common.text.StorableTextModule;
import com.kuailv.emergency.common.time.StorableTimeModule;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem document; internals never reach the client. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, HttpServerRequest request) {
    boolean english = ProblemTexts.english(request);
    Response response =
        ProblemResponses.of(e.type(), e.detail(english), request, e.errors(english));
    if (e.type() == ProblemType.TOO_MANY_REQUESTS) {
      return Response.fromResponse(response).header("Retry-After", "1").build();
    }
    return response;
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
    boolean returnValue =
        e.getConstraintViolations().stream()
            .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
    if (returnValue) {
      return internal(e, request);
    }
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    String detail =
        ProblemTexts.text(
            ProblemTexts.english(request),
            "detail.check-fields",
            String.join(", ", errors.stream().map(FieldError::field).distinct().toList()));
    return ProblemResponses.of(ProblemType.VALIDATION, detail, request, errors);
  }

  @ServerExceptionMapper({
    JsonProcessingException.class,
    InputCoercionException.class,
    MismatchedInputException.class,
    UnrecognizedPropertyException.class,
    InvalidFormatException.class
  })
  public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
    boolean english = ProblemTexts.english(request);
    String outOfRange = e instanceof InputCoercionException coercion ? fieldOf(coercion) : null;
    if (outOfRange != null) {
      String message = ProblemTexts.text(english, "field.out-of-range");
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          ProblemTexts.text(english, "detail.field-invalid", outOfRange, message),
          request,
          List.of(new FieldError(outOfRange, message)));
    }
    if (isSyntaxError(e)) {
      return ProblemResponses.of(
          ProblemType.MALFORMED_BODY, ProblemTexts.text(english, "detail.malformed"), request);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      String field = pathOf(unknown);
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          ProblemTexts.text(english, "detail.field-unknown", field),
          request,
          List.of(new FieldError(field, ProblemTexts.text(english, "field.unknown"))));
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = pathOf(mapping);
      String message =
          e instanceof StorableTextModule.UnstorableText
              ? StorableTextModule.UnstorableText.MESSAGE
              : e instanceof StorableTimeModule.OutOfRange
                  ? StorableTimeModule.OutOfRange.MESSAGE
                  : causedBy(e, InputCoercionException.class)
                      ? ProblemTexts.text(english, "field.out-of-range")
                      : e instanceof InvalidFormatException invalid
                              && invalid.getTargetType().isEnum()
                          ? ProblemTexts.text(
                              english,
                              "field.one-of",
                              List.of(invalid.getTargetType().getEnumConstants()).toString())
                          : ProblemTexts.text(english, "field.wrong-type");
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          ProblemTexts.text(english, "detail.field-invalid", field, message),
          request,
          List.of(new FieldError(field, message)));
    }
    return ProblemResponses.of(
        ProblemType.MALFORMED_BODY, ProblemTexts.text(english, "detail.malformed"), request);
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, HttpServerRequest request) {
    Response problem =
        ProblemResponses.of(
            ProblemType.UNAUTHORIZED,
            ProblemTexts.text(ProblemTexts.english(request), "detail.unauthorized"),
            request);
    return Response.fromResponse(problem)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kuailv\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return ProblemResponses.of(
        ProblemType.FORBIDDEN,
        ProblemTexts.text(ProblemTexts.english(request), "detail.forbidden"),
        request);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, HttpServerRequest request) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadableJson(json, request);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return internal(e, request);
    }
    ProblemType type = ProblemType.forStatus(status);
    boolean english = ProblemTexts.english(request);
    String detail =
        switch (type) {
          case NOT_FOUND -> ProblemTexts.text(english, "detail.no-such-address");
          case METHOD_NOT_ALLOWED ->
              ProblemTexts.text(english, "detail.method", request.method().name());
          case UNSUPPORTED_MEDIA_TYPE -> ProblemTexts.text(english, "detail.media-type");
          case NOT_ACCEPTABLE -> ProblemTexts.text(english, "detail.not-acceptable");
          case PAYLOAD_TOO_LARGE -> ProblemTexts.text(english, "detail.too-large");
          case INTERNAL -> ProblemTexts.text(english, "detail.not-handled");
          default -> e.getMessage();
        };
    Response problem = ProblemResponses.of(type, detail, request);
    if (type == ProblemType.INTERNAL) {
      return Response.fromResponse(problem).status(status).build();
    }
    return problem;
  }

  /**
   * Text PostgreSQL refused: too long for its column (22001), U+0000 in text (22021) or jsonb
   * (22P05).
   */
  private static final java.util.Set<String> UNSTORABLE_STATES =
      java.util.Set.of("22001", "22021", "22P05");

  @ServerExceptionMapper
  public Response internal(Throwable e, HttpServerRequest request) {
    if (e instanceof java.io.IOException && "Request too large".equals(e.getMessage())) {
      return ProblemResponses.of(
          ProblemType.PAYLOAD_TOO_LARGE,
          ProblemTexts.text(ProblemTexts.english(request), "detail.too-large"),
          request);
    }
    if (isConcurrentChange(e)) {
      return ProblemResponses.of(
          ProblemType.PRECONDITION_FAILED,
          ProblemTexts.text(ProblemTexts.english(request), "detail.concurrent"),
          request);
    }
    String state = SqlStates.of(e);
    if (state != null && UNSTORABLE_STATES.contains(state)) {
      // A backstop: request bodies refuse such text field by field before it gets here.
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          ProblemTexts.text(ProblemTexts.english(request), "detail.unstorable"),
          request);
    }
    if ("40P01".equals(state) || "40001".equals(state)) {
      Response busy =
          ProblemResponses.of(
              ProblemType.UNAVAILABLE,
              ProblemTexts.text(ProblemTexts.english(request), "detail.retry"),
              request);
      return Response.fromResponse(busy).header("Retry-After", "1").build();
    }
    if ("23505".equals(state)) {
      return ProblemResponses.of(
          ProblemType.CONFLICT,
          ProblemTexts.text(ProblemTexts.english(request), "detail.duplicate"),
          request);
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unhandled error %s on %s %s", errorId, request.method(), request.path());
    return ProblemResponses.of(
        ProblemType.INTERNAL,
        ProblemTexts.text(ProblemTexts.english(request), "detail.internal", errorId),
        request);
  }

  /** The JSON path of a violation: method and body parameter names dropped, indexes kept. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.isInIterable() && !names.isEmpty()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        names.add(name);
      }
    }
    if (names.size() > 1 && names.get(0).equals("body")) {
      names.remove(0);
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }

  private static ElementKind lastKind(Path path) {
    ElementKind kind = null;
    for (Path.Node node : path) {
      kind = node.getKind();
    }
    return kind;
  }

  private static boolean isConcurrentChange(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.hibernate.StaleStateException
          || cause instanceof jakarta.persistence.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (kind.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSyntaxError(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParseException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field a number too large for its type was read for (e.g. {@code ordersAffectedPerHour},
   * {@code steps[0].waitMinutes}), from where the parser stood; null when it cannot tell.
   */
  private static String fieldOf(InputCoercionException e) {
    JsonParser parser = e.getProcessor();
    if (parser == null) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (String part : parser.getParsingContext().pathAsPointer().toString().split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        path.append('[').append(part).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".")
            .append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return path.length() == 0 ? null : path.toString();
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }
}
