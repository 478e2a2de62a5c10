package com.kuailv.emergency.alert;

import static com.kuailv.emergency.common.security.Roles.INTEGRATION;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.alert.AlertApi.EventAccepted;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where monitoring and other systems send alerts. The integration key in the URL or body is the
 * credential (or, for events, a client-credentials token); a wrong key answers 404 without saying
 * which keys exist.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Alert intake",
    description = "Alertmanager, Grafana and events from supply-chain systems")
public class IntakeResource {
  private final AlertIntake intake;
  private final HeartbeatService heartbeats;
  private final CurrentIdentityAssociation identities;
  private final EventsRoute events;
  private final IntakeJson groups;

  IntakeResource(
      AlertIntake intake,
      HeartbeatService heartbeats,
      CurrentIdentityAssociation identities,
      EventsRoute events,
      ObjectMapper json) {
    this.intake = intake;
    this.heartbeats = heartbeats;
    this.identities = identities;
    this.events = events;
    this.groups = new IntakeJson(json, AlertmanagerPayload.class);
  }

  @POST
  @Path("heartbeats/{key}")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "pingHeartbeat",
      summary = "A heartbeat: the system is alive; resolves a missed-heartbeat alert",
      extensions = @Extension(name = "x-auth", value = "integration-key"))
  public Uni<Response> heartbeat(@PathParam("key") String key) {
    return intake
        .sender(key, IntegrationType.HEARTBEAT)
        .chain(sender -> heartbeats.ping(sender.integrationId()))
        .map(ignored -> Response.accepted().build());
  }

  @POST
  @Path("intake/alertmanager/{key}")
  @PermitAll
  @Operation(
      operationId = "receiveAlertmanager",
      summary = "Alertmanager webhook (version 4); answers once stored",
      extensions = @Extension(name = "x-auth", value = "integration-key"))
  @RequestBody(content = @Content(schema = @Schema(implementation = AlertmanagerPayload.class)))
  public Uni<Response> alertmanager(@PathParam("key") String key, byte[] body) {
    return receiveGroup(key, IntegrationType.ALERTMANAGER, body);
  }

  @POST
  @Path("intake/grafana/{key}")
  @PermitAll
  @Operation(
      operationId = "receiveGrafana",
      summary = "Grafana alerting webhook; answers once stored",
      extensions = @Extension(name = "x-auth", value = "integration-key"))
  @RequestBody(content = @Content(schema = @Schema(implementation = AlertmanagerPayload.class)))
  public Uni<Response> grafana(@PathParam("key") String key, byte[] body) {
    return receiveGroup(key, IntegrationType.GRAFANA, body);
  }

  /**
   * Stores a group of alerts (text PostgreSQL cannot store cleaned, never refused); the key is
   * checked first, then the body.
   */
  private Uni<Response> receiveGroup(String key, IntegrationType type, byte[] body) {
    return intake
        .sender(key, type)
        .chain(
            sender -> {
              AlertmanagerPayload group;
              try {
                group = body == null || body.length == 0 ? null : groups.read(body);
              } catch (IOException unreadable) {
                return Uni.createFrom().failure(unreadable);
              }
              if (group == null) {
                return Uni.createFrom().failure(EventsRoute.MISSING_BODY);
              }
              return intake.record(sender, group.signals(sender.name()));
            })
        .map(ignored -> Response.accepted().build());
  }

  @POST
  @Path("events")
  @PermitAll
  @Operation(
      operationId = "receiveEvent",
      summary = "An event shaped like PagerDuty Events v2",
      description =
          "routing_key is the integration key. A system with a client-credentials token (role"
              + " integration) may leave it out: the event goes to the events integration bound"
              + " to its client.",
      extensions = @Extension(name = "x-auth", value = "integration-key"))
  @SecurityRequirement(name = "keycloak", scopes = INTEGRATION)
  @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @RequestBody(content = @Content(schema = @Schema(implementation = EventsPayload.class)))
  public Uni<Response> event(byte[] body) throws IOException {
    // Only bearer-token callers get here (see EventsRoute); a routing key in the body still
    // decides.
    EventsPayload payload = events.read(body == null ? new byte[0] : body);
    Uni<AlertIntake.Sender> sender =
        payload.routingKey() != null
            ? intake.sender(payload.routingKey(), IntegrationType.EVENTS)
            : identities.getDeferredIdentity().chain(this::clientSender);
    return sender.chain(
        found -> {
          AlertSignal signal = payload.signal();
          return intake
              .record(found, List.of(signal))
              .replaceWith(
                  Response.accepted(
                          new EventAccepted("success", "Event processed", signal.dedupKey()))
                      .type(MediaType.APPLICATION_JSON)
                      .build());
        });
  }

  /** A token caller without a routing key: the events integration bound to its client. */
  private Uni<AlertIntake.Sender> clientSender(SecurityIdentity client) {
    if (!client.hasRole(INTEGRATION)) {
      throw new ForbiddenException("the token does not carry the integration role");
    }
    String clientId =
        client.getPrincipal() instanceof JsonWebToken token ? token.getClaim("azp") : null;
    return intake.senderForClient(clientId);
  }
}
