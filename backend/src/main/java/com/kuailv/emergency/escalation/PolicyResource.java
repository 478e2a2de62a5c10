package com.kuailv.emergency.escalation;

import static com.kuailv.emergency.common.security.Permissions.ESCALATION_READ;
import static com.kuailv.emergency.common.security.Permissions.ESCALATION_WRITE;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.escalation.EscalationApi.PolicyInput;
import com.kuailv.emergency.escalation.EscalationApi.PolicyView;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/escalation-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation", description = "Policies, pages and their acknowledgement")
public class PolicyResource {
  private final PolicyService policies;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  PolicyResource(PolicyService policies, CurrentUser currentUser, IdempotencyKeys keys) {
    this.policies = policies;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @GET
  @PermissionsAllowed(ESCALATION_READ)
  @Operation(
      operationId = "listEscalationPolicies",
      summary = "Policies with their steps, when each fires, and late-step warnings")
  public Uni<List<PolicyView>> list() {
    return policies.list();
  }

  @POST
  @PermissionsAllowed(ESCALATION_WRITE)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Created")
  @Operation(operationId = "createEscalationPolicy", summary = "A new escalation policy")
  public Uni<Response> create(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull PolicyInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "createEscalationPolicy",
            body,
            PolicyView.class,
            () -> policies.create(body, currentUser.actor()))
        .map(view -> Response.status(201).entity(view).tag(IfMatch.etag(view.version())).build());
  }

  @PUT
  @Path("{id}")
  @PermissionsAllowed(ESCALATION_WRITE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateEscalationPolicy",
      summary = "Replace a policy's name, repeats and steps; If-Match with its version")
  public Uni<Response> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PolicyInput body) {
    long version = IfMatch.version(ifMatch);
    return policies
        .update(id, version, body, currentUser.actor())
        .map(view -> Response.ok(view).tag(IfMatch.etag(view.version())).build());
  }
}
