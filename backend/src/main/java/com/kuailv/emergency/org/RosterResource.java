package com.kuailv.emergency.org;

import static com.kuailv.emergency.common.security.Permissions.ORG_READ_PEOPLE;
import static com.kuailv.emergency.common.security.Permissions.ROSTER_WRITE;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.org.OrgApi.OnDuty;
import com.kuailv.emergency.org.OrgApi.Rotation;
import com.kuailv.emergency.org.OrgApi.Shift;
import com.kuailv.emergency.org.OrgApi.ShiftInput;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The on-duty roster: shifts, overrides, rotations, and who is on duty now. */
@Path("/api/v1/org/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization")
public class RosterResource {
  private final RosterService roster;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;
  private final Clock clock;

  RosterResource(RosterService roster, CurrentUser currentUser, IdempotencyKeys keys, Clock clock) {
    this.roster = roster;
    this.currentUser = currentUser;
    this.keys = keys;
    this.clock = clock;
  }

  @GET
  @Path("on-duty")
  @PermissionsAllowed(ORG_READ_PEOPLE)
  @Operation(
      operationId = "onDuty",
      summary = "Who is on duty in every group now (or at 'at', ISO-8601)")
  public Uni<List<OnDuty>> onDuty(@QueryParam("at") String at) {
    return roster.onDuty(at == null || at.isBlank() ? clock.instant() : instant(at, "at"));
  }

  @GET
  @Path("{group}/shifts")
  @PermissionsAllowed(ORG_READ_PEOPLE)
  @Operation(operationId = "listShifts", summary = "Shifts of a group between from and to")
  public Uni<List<Shift>> shifts(
      @PathParam("group") String group,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Instant start =
        from == null ? clock.instant().minus(Duration.ofDays(1)) : instant(from, "from");
    Instant end = to == null ? start.plus(Duration.ofDays(14)) : instant(to, "to");
    return roster.shifts(group, start, end);
  }

  @POST
  @Path("{group}/shifts")
  @PermissionsAllowed(ROSTER_WRITE)
  @Operation(operationId = "addShift", summary = "Put a person on duty (a shift or an override)")
  public Uni<Response> addShift(
      @PathParam("group") String group,
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull ShiftInput body) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "addShift",
            Arrays.asList(group, body),
            Shift.class,
            () -> roster.addShift(group, body, currentUser.actor()))
        .map(shift -> Response.status(Response.Status.CREATED).entity(shift).build());
  }

  @DELETE
  @Path("shifts/{id}")
  @PermissionsAllowed(ROSTER_WRITE)
  @Operation(operationId = "removeShift", summary = "Remove a shift")
  public Uni<Response> removeShift(@PathParam("id") long id) {
    return roster.removeShift(id, currentUser.actor()).replaceWith(Response.noContent().build());
  }

  @GET
  @Path("{group}/rotation")
  @PermissionsAllowed(ORG_READ_PEOPLE)
  @Operation(operationId = "getRotation", summary = "The group's rotation")
  public Uni<Rotation> rotation(@PathParam("group") String group) {
    return roster.rotation(group);
  }

  @PUT
  @Path("{group}/rotation")
  @PermissionsAllowed(ROSTER_WRITE)
  @Operation(operationId = "putRotation", summary = "Set the group's rotation")
  public Uni<Rotation> putRotation(
      @PathParam("group") String group, @Valid @NotNull Rotation body) {
    return roster.putRotation(group, body, currentUser.actor());
  }

  private static Instant instant(String value, String field) {
    return com.kuailv.emergency.common.web.QueryParams.instant(field, value);
  }
}
