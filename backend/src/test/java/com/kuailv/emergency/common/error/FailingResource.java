package com.kuailv.emergency.common.error;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would. */
@Path("/test-only/failing")
public class FailingResource {
  @GET
  @PermitAll
  public String fail() {
    throw new IllegalStateException("secret detail in com.kuailv.emergency.Internal");
  }
}
