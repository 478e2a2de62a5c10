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
  private final long maxBytes;
  private final ObjectMapper json;

  BodyLimit(
      @ConfigProperty(name = "kuailv.http.max-body-size") MemorySize maxBodySize,
      ObjectMapper json) {
    this.maxBytes = maxBodySize.asLongValue();
    this.json = json;
  }

  void install(@Observes Router router) throws Exception {
    byte[] tooLarge =
        json.writeValueAsBytes(
            new Problem(
                ProblemType.PAYLOAD_TOO_LARGE.uri(),
                ProblemType.PAYLOAD_TOO_LARGE.title(),
                413,
                "The request body is over " + maxBytes / 1024 + " KB; send less data.",
                null,
                null));
    router
        .route()
        .order(-1000)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && parse(length) > maxBytes) {
                ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(io.vertx.core.buffer.Buffer.buffer(tooLarge));
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
