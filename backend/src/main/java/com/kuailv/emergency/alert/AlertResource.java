package com.kuailv.emergency.alert;

import static com.kuailv.emergency.common.security.Permissions.ALERT_READ;
import static com.kuailv.emergency.common.security.Permissions.ALERT_ROUTE;

import com.kuailv.emergency.alert.AlertApi.AlertView;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.paging.PageResponse;
import com.kuailv.emergency.common.security.CurrentUser;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {
  private final AlertService alerts;
  private final CurrentUser currentUser;

  AlertResource(AlertService alerts, CurrentUser currentUser) {
    this.alerts = alerts;
    this.currentUser = currentUser;
  }

  @GET
  @PermissionsAllowed(ALERT_READ)
  @Operation(operationId = "listAlerts", summary = "Alerts, newest first")
  public Uni<PageResponse<AlertView>> list(
      @QueryParam("status") String status,
      @QueryParam("incidentId") Long incidentId,
      @Parameter(description = "true: only alerts that routing set aside with an error")
          @QueryParam("unrouted")
          @DefaultValue("false")
          boolean unrouted,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    if (status != null && !List.of("OPEN", "ACKNOWLEDGED", "RESOLVED").contains(status)) {
      throw ProblemException.invalid("status", "one-of", "OPEN, ACKNOWLEDGED, RESOLVED");
    }
    return alerts.listAlerts(status, incidentId, unrouted, page, size);
  }

  @POST
  @Path("routing-retries")
  @PermissionsAllowed(ALERT_ROUTE)
  @Operation(
      operationId = "retryRouting",
      summary = "Route again every alert that routing set aside; answers how many")
  public Uni<RoutingRetry> retryRouting() {
    return alerts.retryRouting(currentUser.actor()).map(RoutingRetry::new);
  }

  /** How many set-aside alerts went back to routing. */
  @Schema(name = "RoutingRetry")
  public record RoutingRetry(@Schema(required = true) int queued) {}
}
