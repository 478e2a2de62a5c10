package com.kuailv.emergency.incident;

import static com.kuailv.emergency.common.security.Permissions.INCIDENT_READ;
import static com.kuailv.emergency.common.security.Permissions.INCIDENT_REPORT;

import com.kuailv.emergency.common.idempotency.IdempotencyKeys;
import com.kuailv.emergency.common.security.CurrentUser;
import com.kuailv.emergency.common.web.Languages;
import com.kuailv.emergency.common.web.QueryParams;
import com.kuailv.emergency.incident.IncidentApi.IncidentPage;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.ReportIncident;
import com.kuailv.emergency.incident.IncidentApi.TimelineEntryView;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Faults reported by people and systems")
public class IncidentResource {
  private final IncidentService incidents;
  private final CurrentUser currentUser;
  private final IdempotencyKeys keys;
  private final IncidentListModel list;

  IncidentResource(
      IncidentService incidents,
      CurrentUser currentUser,
      IdempotencyKeys keys,
      IncidentListModel list) {
    this.incidents = incidents;
    this.currentUser = currentUser;
    this.keys = keys;
    this.list = list;
  }

  @POST
  @PermissionsAllowed(INCIDENT_REPORT)
  @Operation(
      operationId = "reportIncident",
      summary = "Report a fault",
      description = "Any signed-in person may report. The reporter is taken from the token.")
  @APIResponse(
      responseCode = "201",
      description = "Stored as REPORTED with its first timeline entry")
  public Uni<RestResponse<IncidentView>> reportIncident(
      @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = IdempotencyKeys.DOC)
          String idempotencyKey,
      @Valid @NotNull ReportIncident body,
      UriInfo uriInfo) {
    return keys.once(
            idempotencyKey,
            currentUser.actor(),
            "reportIncident",
            body,
            IncidentView.class,
            () -> incidents.reportIncident(body, currentUser.actor()))
        .invoke(list::committed)
        .map(
            created ->
                RestResponse.ResponseBuilder.<IncidentView>created(
                        uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                    .entity(created)
                    .tag(etag(created))
                    .build());
  }

  @GET
  @PermissionsAllowed(INCIDENT_READ)
  @Operation(operationId = "listIncidents", summary = "List incidents, newest first")
  @APIResponse(
      responseCode = "200",
      description = "One page of the incidents the filters match, with their total",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IncidentPage.class)))
  public Uni<Response> listIncidents(
      @Parameter(description = "Only these statuses (repeatable)") @QueryParam("status")
          List<String> status,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
      @Parameter(
              description =
                  "reportedAt,desc (default), reportedAt,asc, occurredAt,desc or occurredAt,asc")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Only these grades (repeatable)") @QueryParam("grade")
          List<String> grade,
      @Parameter(description = "Only these categories (repeatable)") @QueryParam("category")
          List<String> category,
      @Parameter(description = "Reported at or after (ISO-8601)") @QueryParam("from") String from,
      @Parameter(description = "Reported before (ISO-8601)") @QueryParam("to") String to,
      @Parameter(description = "Only incidents the caller reported") @QueryParam("mine")
          boolean mine) {
    IncidentFilter filter =
        new IncidentFilter(
            QueryParams.enums("status", status, IncidentStatus.class),
            QueryParams.enums("grade", grade, Grade.class),
            QueryParams.enums("category", category, IncidentCategory.class),
            QueryParams.instant("from", from),
            QueryParams.instant("to", to),
            mine ? currentUser.subject() : null);
    IncidentSort order = IncidentSort.parse(sort);
    // Pages held in memory are answered as the JSON written when they were first asked for.
    byte[] held = list.pageJson(filter, order, page, size);
    if (held != null) {
      return Uni.createFrom().item(Response.ok(held, MediaType.APPLICATION_JSON_TYPE).build());
    }
    return incidents
        .listIncidents(filter, order, page, size)
        .map(found -> Response.ok(found, MediaType.APPLICATION_JSON_TYPE).build());
  }

  @GET
  @Path("{id}")
  @PermissionsAllowed(INCIDENT_READ)
  @Operation(operationId = "getIncident", summary = "Read one incident; its ETag is its version")
  public Uni<Response> getIncident(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return incidents
        .getIncident(id, currentUser.roles(), Languages.prefersEnglish(language))
        .map(incident -> Response.ok(incident).tag(etag(incident)).build());
  }

  @GET
  @Path("{id}/timeline")
  @PermissionsAllowed(INCIDENT_READ)
  @Operation(operationId = "getIncidentTimeline", summary = "The incident's timeline, oldest first")
  public Uni<List<TimelineEntryView>> getTimeline(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return incidents.timelineOf(id, Languages.prefersEnglish(language));
  }

  private static EntityTag etag(IncidentView incident) {
    return new EntityTag(String.valueOf(incident.version()));
  }
}
