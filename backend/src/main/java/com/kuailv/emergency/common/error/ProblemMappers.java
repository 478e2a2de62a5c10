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
import com.kuailv.emergency.common.web.Languages;
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
    Response response =
        ProblemResponses.of(
            e.type(),
            e.detail(Languages.prefersEnglish(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))),
            request.path(),
            e.errors());
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
        "Check these fields and send again: "
            + String.join(", ", errors.stream().map(FieldError::field).distinct().toList())
            + ".";
    return ProblemResponses.of(ProblemType.VALIDATION, detail, request.path(), errors);
  }

  @ServerExceptionMapper({
    JsonProcessingException.class,
    InputCoercionException.class,
    MismatchedInputException.class,
    UnrecognizedPropertyException.class,
    InvalidFormatException.class
  })
  public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
    String outOfRange = e instanceof InputCoercionException coercion ? fieldOf(coercion) : null;
    if (outOfRange != null) {
      String message = "is out of range: it is larger than this field can hold";
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          "The field '" + outOfRange + "' " + message + ".",
          request.path(),
          List.of(new FieldError(outOfRange, message)));
    }
    if (isSyntaxError(e)) {
      return ProblemResponses.of(
          ProblemType.MALFORMED_BODY,
          "The request body is not valid JSON; check its syntax and send again.",
          request.path());
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      String field = pathOf(unknown);
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          "The field '" + field + "' is not part of this request; remove it and send again.",
          request.path(),
          List.of(new FieldError(field, "unknown field")));
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = pathOf(mapping);
      String message =
          e instanceof StorableTextModule.UnstorableText
              ? StorableTextModule.UnstorableText.MESSAGE
              : e instanceof StorableTimeModule.OutOfRange
                  ? StorableTimeModule.OutOfRange.MESSAGE
                  : e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                      ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                      : "has the wrong type or format";
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          "The field '" + field + "' " + message + ".",
          request.path(),
          List.of(new FieldError(field, message)));
    }
    return ProblemResponses.of(
        ProblemType.MALFORMED_BODY,
        "The request body is not valid JSON; check its syntax and send again.",
        request.path());
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, HttpServerRequest request) {
    Response problem =
        ProblemResponses.of(
            ProblemType.UNAUTHORIZED,
            "A valid access token is required; sign in again.",
            request.path());
    return Response.fromResponse(problem)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kuailv\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return ProblemResponses.of(
        ProblemType.FORBIDDEN,
        "Your role does not allow this action; ask the command center if you need it.",
        request.path());
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
    String detail =
        switch (type) {
          case NOT_FOUND -> "Nothing exists at this address.";
          case METHOD_NOT_ALLOWED -> "This address does not accept " + request.method() + ".";
          case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
          case NOT_ACCEPTABLE -> "This address answers application/json only.";
          case PAYLOAD_TOO_LARGE -> "The request body is over the size limit.";
          case INTERNAL -> "The request could not be handled.";
          default -> e.getMessage();
        };
    Response problem = ProblemResponses.of(type, detail, request.path());
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
          "The request body is over the size limit.",
          request.path());
    }
    if (isConcurrentChange(e)) {
      return ProblemResponses.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this record at the same moment and their change was kept; reload"
              + " it, check what changed and try again.",
          request.path());
    }
    String state = SqlStates.of(e);
    if (state != null && UNSTORABLE_STATES.contains(state)) {
      // A backstop: request bodies refuse such text field by field before it gets here.
      return ProblemResponses.of(
          ProblemType.VALIDATION,
          "A value is too long or contains characters that cannot be stored (U+0000 or half of a"
              + " surrogate pair); correct it and send again.",
          request.path());
    }
    if ("40P01".equals(state) || "40001".equals(state)) {
      Response busy =
          ProblemResponses.of(
              ProblemType.UNAVAILABLE,
              "Another change to the same records got in the way; nothing was saved. Send it again.",
              request.path());
      return Response.fromResponse(busy).header("Retry-After", "1").build();
    }
    if ("23505".equals(state)) {
      return ProblemResponses.of(
          ProblemType.CONFLICT,
          "Something with the same name or binding was saved at the same moment; reload, check"
              + " what is there now and try again.",
          request.path());
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unhandled error %s on %s %s", errorId, request.method(), request.path());
    return ProblemResponses.of(
        ProblemType.INTERNAL,
        "Something went wrong on our side (error id "
            + errorId
            + "). Try again; if it keeps happening, tell the technical team this id.",
        request.path());
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
