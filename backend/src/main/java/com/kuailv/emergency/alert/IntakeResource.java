package com.kuailv.emergency.alert;

import static com.kuailv.emergency.common.security.Roles.INTEGRATION;

import com.kuailv.emergency.alert.AlertApi.EventAccepted;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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

  IntakeResource(
      AlertIntake intake, HeartbeatService heartbeats, CurrentIdentityAssociation identities) {
    this.intake = intake;
    this.heartbeats = heartbeats;
    this.identities = identities;
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
  public Uni<Response> alertmanager(
      @PathParam("key") String key, @NotNull AlertmanagerPayload body) {
    return intake
        .sender(key, IntegrationType.ALERTMANAGER)
        .chain(sender -> intake.record(sender, body.signals(sender.name())))
        .map(ignored -> Response.accepted().build());
  }

  @POST
  @Path("intake/grafana/{key}")
  @PermitAll
  @Operation(
      operationId = "receiveGrafana",
      summary = "Grafana alerting webhook; answers once stored",
      extensions = @Extension(name = "x-auth", value = "integration-key"))
  public Uni<Response> grafana(@PathParam("key") String key, @NotNull AlertmanagerPayload body) {
    return intake
        .sender(key, IntegrationType.GRAFANA)
        .chain(sender -> intake.record(sender, body.signals(sender.name())))
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
  public Uni<Response> event(
      @NotNull EventsPayload body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Uni<AlertIntake.Sender> sender =
        authorization == null
            ? intake.sender(body.routingKey(), IntegrationType.EVENTS)
            : identities.getDeferredIdentity().chain(client -> clientSender(client, body));
    return sender.chain(
        found -> {
          AlertSignal signal = body.signal();
          return intake
              .record(found, List.of(signal))
              .replaceWith(
                  Response.accepted(
                          new EventAccepted("success", "Event processed", signal.dedupKey()))
                      .build());
        });
  }

  /** A token caller: its own routing key if it sent one, else the integration of its client. */
  private Uni<AlertIntake.Sender> clientSender(SecurityIdentity client, EventsPayload body) {
    if (!client.hasRole(INTEGRATION)) {
      throw new ForbiddenException("the token does not carry the integration role");
    }
    if (body.routingKey() != null) {
      return intake.sender(body.routingKey(), IntegrationType.EVENTS);
    }
    String clientId =
        client.getPrincipal() instanceof JsonWebToken token ? token.getClaim("azp") : null;
    return intake.senderForClient(clientId);
  }
}
