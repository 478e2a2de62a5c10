package com.kuailv.emergency.alert;

import static com.kuailv.emergency.common.security.Permissions.ALERT_READ;
import static com.kuailv.emergency.common.security.Permissions.INTEGRATION_WRITE;

import com.kuailv.emergency.alert.AlertPolicy.Rule;
import com.kuailv.emergency.common.security.CurrentUser;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alert rules per integration: the first that matches an alert decides what it does. */
@Path("/api/v1/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrations")
public class RuleResource {
  private final AlertPolicyService policies;
  private final CurrentUser currentUser;

  RuleResource(AlertPolicyService policies, CurrentUser currentUser) {
    this.policies = policies;
    this.currentUser = currentUser;
  }

  @GET
  @Path("{id}/rules")
  @PermissionsAllowed(ALERT_READ)
  @Operation(operationId = "listAlertRules", summary = "The integration's rules, in order")
  public Uni<List<Rule>> listRules(@PathParam("id") long id) {
    return policies.listRules(id);
  }

  @PUT
  @Path("{id}/rules")
  @PermissionsAllowed(INTEGRATION_WRITE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceAlertRules",
      summary = "Replace the rules; the first that matches an alert decides")
  public Uni<List<Rule>> replaceRules(
      @PathParam("id") long id, @NotNull @Size(max = 100) List<@Valid @NotNull Rule> body) {
    return policies.replaceRules(id, body, currentUser.actor());
  }
}
