package com.kuailv.emergency.alert;

import static com.kuailv.emergency.common.security.Permissions.ALERT_READ;

import com.kuailv.emergency.alert.AlertApi.ChangeView;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recent changes of an incident's services, sent as PagerDuty change events. */
@Path("/api/v1/incidents/{id}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class ChangeResource {
  private final ChangeService changes;

  ChangeResource(ChangeService changes) {
    this.changes = changes;
  }

  @GET
  @PermissionsAllowed(ALERT_READ)
  @Operation(
      operationId = "listRecentChanges",
      summary = "Changes of the incident's affected systems from 6 hours before it began")
  public Uni<List<ChangeView>> list(@PathParam("id") long id) {
    return changes.recentChanges(id);
  }
}
