package com.kuailv.emergency.notification;

import static com.kuailv.emergency.common.security.Permissions.NOTIFICATION_ADMIN;
import static com.kuailv.emergency.common.security.Permissions.NOTIFICATION_READ;

import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.notification.NotificationApi.RuleInput;
import com.kuailv.emergency.notification.NotificationApi.RuleView;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notification-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Channels, deliveries and dead letters")
public class RuleResource {
  private final RuleService rules;
  private final CurrentUser currentUser;

  RuleResource(RuleService rules, CurrentUser currentUser) {
    this.rules = rules;
    this.currentUser = currentUser;
  }

  @GET
  @PermissionsAllowed(NOTIFICATION_READ)
  @Operation(
      operationId = "listNotificationRules",
      summary = "Which groups each incident event reaches, by grade")
  public Uni<List<RuleView>> list() {
    return rules.list();
  }

  @PUT
  @Path("{event}")
  @PermissionsAllowed(NOTIFICATION_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateNotificationRule",
      summary = "Change which groups an event reaches at each grade; If-Match with its version")
  public Uni<Response> put(
      @PathParam("event") String event,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull RuleInput body) {
    return rules
        .put(event, IfMatch.version(ifMatch), body, currentUser.actor())
        .map(view -> Response.ok(view).tag(IfMatch.etag(view.version())).build());
  }
}
