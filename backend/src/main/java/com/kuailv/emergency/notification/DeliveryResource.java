package com.kuailv.emergency.notification;

import static com.kuailv.emergency.common.security.Permissions.NOTIFICATION_ADMIN;
import static com.kuailv.emergency.common.security.Permissions.NOTIFICATION_READ;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.notification.NotificationApi.AttemptView;
import com.kuailv.emergency.notification.NotificationApi.DeliveryView;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notification-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class DeliveryResource {
  private final DeliveryService deliveries;
  private final CurrentUser currentUser;

  DeliveryResource(DeliveryService deliveries, CurrentUser currentUser) {
    this.deliveries = deliveries;
    this.currentUser = currentUser;
  }

  @GET
  @PermissionsAllowed(NOTIFICATION_READ)
  @Operation(
      operationId = "listDeliveries",
      summary =
          "The delivery log, newest first; ?status=PENDING|SENT|DEAD (dead letters); page with"
              + " 'before' = the last id you have")
  public Uni<List<DeliveryView>> list(
      @QueryParam("status") String status,
      @QueryParam("before") Long before,
      @QueryParam("limit") @DefaultValue("100") String limitText) {
    int limit;
    try {
      limit = Integer.parseInt(limitText.strip());
    } catch (NumberFormatException notANumber) {
      limit = 0;
    }
    if (limit < 1 || limit > 500) {
      throw ProblemException.invalid("limit", "between", 1, 500);
    }
    Delivery.Status wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = Delivery.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("status", "one-of", "PENDING, SENT, DEAD, CANCELLED");
      }
    }
    return deliveries.recent(wanted, before == null ? Long.MAX_VALUE : before, limit);
  }

  @GET
  @Path("{id}/attempts")
  @PermissionsAllowed(NOTIFICATION_READ)
  @Operation(operationId = "listDeliveryAttempts", summary = "Every try with the receiver's answer")
  public Uni<List<AttemptView>> attempts(@PathParam("id") long id) {
    return deliveries.attemptsOf(id);
  }

  @POST
  @Path("{id}/resend")
  @PermissionsAllowed(NOTIFICATION_ADMIN)
  @Operation(operationId = "resendDelivery", summary = "Send a dead letter again (audited)")
  public Uni<DeliveryView> resend(@PathParam("id") long id) {
    return deliveries.resend(id, currentUser.actor());
  }
}
