package com.kuailv.emergency.notification;

import static com.kuailv.emergency.common.security.Permissions.NOTIFICATION_ADMIN;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.IfMatch;
import com.kuailv.emergency.notification.NotificationApi.ChannelInput;
import com.kuailv.emergency.notification.NotificationApi.ChannelView;
import com.kuailv.emergency.notification.NotificationApi.TestResult;
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

@Path("/api/v1/notification-channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Channels, deliveries and dead letters")
public class ChannelResource {
  private final ChannelService channels;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;

  ChannelResource(ChannelService channels, CurrentUser currentUser, IdempotencyKeys keys) {
    this.channels = channels;
    this.currentUser = currentUser;
    this.keys = keys;
  }

  @GET
  @PermissionsAllowed(NOTIFICATION_ADMIN)
  @Operation(operationId = "listChannels", summary = "Chat robots and webhooks, without secrets")
  public Uni<List<ChannelView>> list() {
    return channels.list();
  }

  @POST
  @PermissionsAllowed(NOTIFICATION_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Created")
  @Operation(
      operationId = "createChannel",
      summary = "Register a group's chat robot or a webhook; its address and secret are sealed")
  public Uni<Response> create(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull ChannelInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "createChannel",
            body,
            ChannelView.class,
            () -> channels.create(body, currentUser.actor()))
        .map(view -> Response.status(201).entity(view).tag(IfMatch.etag(view.version())).build());
  }

  @PUT
  @Path("{id}")
  @PermissionsAllowed(NOTIFICATION_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateChannel",
      summary = "Change a channel; If-Match with its version; absent url or secret keeps it")
  public Uni<Response> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ChannelInput body) {
    long version = IfMatch.version(ifMatch);
    return channels
        .update(id, version, body, currentUser.actor())
        .map(view -> Response.ok(view).tag(IfMatch.etag(view.version())).build());
  }

  @POST
  @Path("{id}/test")
  @PermissionsAllowed(NOTIFICATION_ADMIN)
  @Operation(
      operationId = "testChannel",
      summary = "Post a test message now and show the receiver's answer")
  public Uni<TestResult> test(@PathParam("id") long id) {
    return channels.test(id, currentUser.actor());
  }
}
