package com.kuailv.emergency.safeguard;

import static com.kuailv.emergency.common.security.Permissions.SAFEGUARD_READ;
import static com.kuailv.emergency.common.security.Permissions.SAFEGUARD_WRITE;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.safeguard.SafeguardApi.ProtectedSystem;
import com.kuailv.emergency.safeguard.SafeguardApi.RestoreCheck;
import com.kuailv.emergency.safeguard.SafeguardApi.RestoreCheckInput;
import com.kuailv.emergency.safeguard.SafeguardApi.SystemInput;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Protected systems: the teams read them, the technical team and admins keep them. */
@Path("/api/v1/safeguards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safeguards", description = "Protected systems, backup policies, verified restores")
public class SafeguardResource {
  private final SafeguardService safeguards;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  SafeguardResource(SafeguardService safeguards, CurrentUser currentUser, IdempotencyKeys keys) {
    this.safeguards = safeguards;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @GET
  @PermissionsAllowed(SAFEGUARD_READ)
  @Operation(operationId = "listSafeguards", summary = "Protected systems, overdue restores first")
  public Uni<List<ProtectedSystem>> list() {
    return safeguards.list();
  }

  @GET
  @Path("{id}")
  @PermissionsAllowed(SAFEGUARD_READ)
  @Operation(operationId = "getSafeguard", summary = "A protected system, its ETag the version")
  public Uni<Response> get(@PathParam("id") long id) {
    return safeguards
        .get(id)
        .map(system -> Response.ok(system).tag(IfMatch.etag(system.version())).build());
  }

  @POST
  @PermissionsAllowed(SAFEGUARD_WRITE)
  @Operation(
      operationId = "createSafeguard",
      summary = "Register a protected system and its policy")
  public Uni<Response> create(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull SystemInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "createSafeguard",
            body,
            ProtectedSystem.class,
            () -> safeguards.create(body, currentUser.actor()))
        .map(
            system ->
                Response.status(Response.Status.CREATED)
                    .entity(system)
                    .tag(IfMatch.etag(system.version()))
                    .build());
  }

  @PUT
  @Path("{id}")
  @PermissionsAllowed(SAFEGUARD_WRITE)
  @Operation(operationId = "updateSafeguard", summary = "Change a system's policy; If-Match")
  public Uni<Response> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SystemInput body) {
    long version = IfMatch.version(ifMatch);
    return safeguards
        .update(id, version, body, currentUser.actor())
        .map(system -> Response.ok(system).tag(IfMatch.etag(system.version())).build());
  }

  @GET
  @Path("{id}/restore-checks")
  @PermissionsAllowed(SAFEGUARD_READ)
  @Operation(operationId = "listRestoreChecks", summary = "Restore tests, newest first")
  public Uni<List<RestoreCheck>> checks(@PathParam("id") long id) {
    return safeguards.restoreChecks(id);
  }

  @POST
  @Path("{id}/restore-checks")
  @PermissionsAllowed(SAFEGUARD_WRITE)
  @Operation(
      operationId = "recordRestoreCheck",
      summary = "Record a restore test (e.g. deploy/backup/verify-restore.sh) and its result")
  public Uni<Response> record(
      @PathParam("id") long id,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull RestoreCheckInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "recordRestoreCheck",
            Arrays.asList(id, body),
            RestoreCheck.class,
            () -> safeguards.recordRestore(id, body, currentUser.actor()))
        .map(check -> Response.status(Response.Status.CREATED).entity(check).build());
  }
}
