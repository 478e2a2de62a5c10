package com.kuailv.emergency.notification;

import static com.kuailv.emergency.common.security.Permissions.ME_NOTIFICATION_SETTINGS;

import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.notification.NotificationApi.SettingsInput;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in caller")
public class PreferenceResource {
  private final PreferenceService preferences;
  private final CurrentUser currentUser;

  PreferenceResource(PreferenceService preferences, CurrentUser currentUser) {
    this.preferences = preferences;
    this.currentUser = currentUser;
  }

  @GET
  @PermissionsAllowed(ME_NOTIFICATION_SETTINGS)
  @Operation(
      operationId = "getMyNotificationSettings",
      summary = "My phone, e-mail and the grades at which a page also comes by SMS or e-mail")
  public Uni<Response> get() {
    return preferences
        .settings(currentUser.subject())
        .map(view -> Response.ok(view).tag(IfMatch.etag(view.version())).build());
  }

  @PUT
  @PermissionsAllowed(ME_NOTIFICATION_SETTINGS)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putMyNotificationSettings",
      summary = "Replace my notification settings; If-Match with their version (0 the first time)")
  public Uni<Response> put(
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SettingsInput body) {
    return preferences
        .put(IfMatch.version(ifMatch), body, currentUser.actor())
        .map(view -> Response.ok(view).tag(IfMatch.etag(view.version())).build());
  }
}
