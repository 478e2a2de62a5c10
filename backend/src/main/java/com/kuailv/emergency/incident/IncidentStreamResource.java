package com.kuailv.emergency.incident;

import static com.kuailv.emergency.common.security.Permissions.INCIDENT_READ;

import com.kuailv.emergency.common.events.IncidentEvent;
import com.kuailv.emergency.common.events.IncidentEventStream;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Multi;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Live events as Server-Sent Events, named after what happened ({@code incident.graded}, …). Each
 * carries the incident id and timeline entry id; clients re-read what they show.
 */
@Path("/api/v1/incidents")
@Tag(name = "Incidents")
public class IncidentStreamResource {
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
  private final IncidentEventStream events;

  IncidentStreamResource(IncidentEventStream events) {
    this.events = events;
  }

  @GET
  @Path("stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @PermissionsAllowed(INCIDENT_READ)
  @APIResponse(
      responseCode = "200",
      description = "text/event-stream of events named incident.<kind>",
      content =
          @Content(
              mediaType = "text/event-stream",
              schema = @Schema(implementation = String.class)))
  @Operation(operationId = "streamIncidents", summary = "Live events of every incident (SSE)")
  public Multi<OutboundSseEvent> streamAll(@Context Sse sse) {
    return live(sse, events.all());
  }

  @GET
  @Path("{id}/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @PermissionsAllowed(INCIDENT_READ)
  @APIResponse(
      responseCode = "200",
      description = "text/event-stream of events named incident.<kind>",
      content =
          @Content(
              mediaType = "text/event-stream",
              schema = @Schema(implementation = String.class)))
  @Operation(operationId = "streamIncident", summary = "Live events of one incident (SSE)")
  public Multi<OutboundSseEvent> streamOne(@PathParam("id") long id, @Context Sse sse) {
    return live(sse, events.all().filter(event -> event.concerns(id)));
  }

  private static Multi<OutboundSseEvent> live(Sse sse, Multi<IncidentEvent> source) {
    Multi<OutboundSseEvent> changes =
        source
            .onOverflow()
            .buffer(1024)
            .map(
                event ->
                    sse.newEventBuilder()
                        .name(event.name())
                        .id(String.valueOf(event.entryId()))
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(
                            new JsonObject()
                                .put("incidentId", event.incidentId())
                                .put("entryId", event.entryId())
                                .put("kind", event.kind())
                                .encode())
                        .build());
    Multi<OutboundSseEvent> hello =
        Multi.createFrom().item(sse.newEventBuilder().name("ready").data("{}").build());
    Multi<OutboundSseEvent> keepAlive =
        Multi.createFrom()
            .ticks()
            .every(KEEP_ALIVE)
            .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
    return Multi.createBy().merging().streams(hello, changes, keepAlive);
  }
}
