package com.kuailv.emergency.alert;

import static com.kuailv.emergency.common.security.Permissions.INTEGRATION_READ;
import static com.kuailv.emergency.common.security.Permissions.INTEGRATION_WRITE;

import com.kuailv.emergency.alert.AlertApi.CreateIntegration;
import com.kuailv.emergency.alert.AlertApi.IntegrationView;
import com.kuailv.emergency.alert.AlertApi.UpdateIntegration;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrations", description = "Systems that send alerts (admin)")
public class IntegrationResource {
  private final IntegrationService integrations;
  private final CurrentUser currentUser;

  IntegrationResource(IntegrationService integrations, CurrentUser currentUser) {
    this.integrations = integrations;
    this.currentUser = currentUser;
  }

  @GET
  @PermissionsAllowed(INTEGRATION_READ)
  @Operation(operationId = "listIntegrations", summary = "Integrations, without their keys")
  public Uni<List<IntegrationView>> list() {
    return integrations.listIntegrations();
  }

  @POST
  @PermissionsAllowed(INTEGRATION_WRITE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createIntegration",
      summary = "Create one; its key is in this answer only")
  public Uni<Response> create(@Valid @NotNull CreateIntegration body, UriInfo uriInfo) {
    return integrations
        .createIntegration(body, currentUser.actor())
        .map(
            created ->
                Response.created(
                        uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                    .entity(created)
                    .build());
  }

  @PUT
  @Path("{id}")
  @PermissionsAllowed(INTEGRATION_WRITE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateIntegration",
      summary = "Rename it, change its heartbeat or its bound client; If-Match with its version")
  public Uni<Response> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UpdateIntegration body) {
    long version = IfMatch.version(ifMatch);
    return integrations
        .updateIntegration(id, version, body, currentUser.actor())
        .map(view -> Response.ok(view).tag(IfMatch.etag(view.version())).build());
  }

  @POST
  @Path("{id}/rotate-key")
  @PermissionsAllowed(INTEGRATION_WRITE)
  @Operation(
      operationId = "rotateIntegrationKey",
      summary = "Replace the key; the old one stops working")
  public Uni<IntegrationView> rotate(@PathParam("id") long id) {
    return integrations.rotateKey(id, currentUser.actor());
  }
}
