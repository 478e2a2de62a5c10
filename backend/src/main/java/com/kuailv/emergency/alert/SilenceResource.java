package com.kuailv.emergency.alert;

import static com.kuailv.emergency.common.security.Permissions.ALERT_READ;
import static com.kuailv.emergency.common.security.Permissions.SILENCE_WRITE;

import com.kuailv.emergency.alert.AlertPolicy.CreateSilence;
import com.kuailv.emergency.alert.AlertPolicy.Silence;
import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Silences and maintenance windows: matching alerts are kept and marked, and open nothing. */
@Path("/api/v1/silences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Silences")
public class SilenceResource {
  private final AlertPolicyService policies;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  SilenceResource(AlertPolicyService policies, CurrentUser currentUser, IdempotencyKeys keys) {
    this.policies = policies;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @GET
  @PermissionsAllowed(ALERT_READ)
  @Operation(operationId = "listSilences", summary = "Silences and maintenance windows")
  public Uni<List<Silence>> listSilences(
      @QueryParam("active") @DefaultValue("true") boolean active) {
    return policies.listSilences(active);
  }

  @POST
  @PermissionsAllowed(SILENCE_WRITE)
  @Consumes(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @APIResponse(responseCode = "201", description = "Created")
  @Operation(operationId = "createSilence", summary = "Silence matching alerts for a time window")
  public Uni<Silence> createSilence(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull CreateSilence body) {
    return keys.once(
        idempotencyKey,
        currentUser.actor(),
        "createSilence",
        body,
        Silence.class,
        () -> policies.createSilence(body, currentUser.actor()));
  }

  @POST
  @Path("{id}/expire")
  @PermissionsAllowed(SILENCE_WRITE)
  @Operation(operationId = "expireSilence", summary = "End a silence now")
  public Uni<Silence> expireSilence(@PathParam("id") long id) {
    return policies.expireSilence(id, currentUser.actor());
  }
}
