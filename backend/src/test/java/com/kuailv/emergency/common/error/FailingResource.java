package com.kuailv.emergency.common.error;

import io.vertx.pgclient.PgException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.concurrent.CompletionException;

/** Test-only endpoint that fails the way a bug would. */
@Path("/test-only/failing")
public class FailingResource {
  @GET
  @PermitAll
  public String fail() {
    throw new IllegalStateException("secret detail in com.kuailv.emergency.Internal");
  }

  /** A unique index refusing a write that raced past the service's own check. */
  @GET
  @Path("duplicate")
  @PermitAll
  public String duplicate() {
    throw new CompletionException(
        new PgException(
            "duplicate key value violates unique constraint \"secret_index\"",
            "ERROR",
            "23505",
            "Key (secret_column)=(x) already exists."));
  }

  /** Text that PostgreSQL refused, had it got past the request's own checks. */
  @GET
  @Path("unstorable")
  @PermitAll
  public String unstorable() {
    throw new CompletionException(
        new PgException(
            "invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "22021", null));
  }
}
