package com.kuailv.emergency.alert;

import com.kuailv.emergency.alert.AlertApi.CreateIntegration;
import com.kuailv.emergency.alert.AlertApi.IntegrationView;
import com.kuailv.emergency.common.error.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** Integrations: created and rotated by admins; the key is shown once and stored hashed. */
@ApplicationScoped
public class IntegrationService {
  private final IntegrationRepository integrations;
  private final AlertIntake intake;
  private final Clock clock;

  IntegrationService(IntegrationRepository integrations, AlertIntake intake, Clock clock) {
    this.integrations = integrations;
    this.intake = intake;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<IntegrationView> createIntegration(CreateIntegration input) {
    if (input.type() == IntegrationType.HEARTBEAT && input.heartbeatIntervalSeconds() == null) {
      throw ProblemException.invalidField(
          "heartbeatIntervalSeconds", "is required for a HEARTBEAT integration");
    }
    String clientId =
        input.clientId() == null || input.clientId().isBlank() ? null : input.clientId();
    if (clientId != null && input.type() != IntegrationType.EVENTS) {
      throw ProblemException.invalidField("clientId", "is only for an EVENTS integration");
    }
    String key = IntegrationKeys.newKey();
    Integration integration = new Integration();
    integration.name = input.name().strip();
    integration.type = input.type();
    integration.clientId = clientId;
    if (input.type() == IntegrationType.HEARTBEAT) {
      integration.heartbeatIntervalSeconds = input.heartbeatIntervalSeconds();
      integration.heartbeatGraceSeconds =
          input.heartbeatGraceSeconds() == null ? 0 : input.heartbeatGraceSeconds();
    }
    integration.keyHash = IntegrationKeys.hash(key);
    integration.keyHint = IntegrationKeys.hint(key);
    integration.createdAt = clock.instant();
    integration.keyRotatedAt = integration.createdAt;
    Uni<Void> free =
        clientId == null
            ? Uni.createFrom().voidItem()
            : integrations
                .find("clientId", clientId)
                .firstResult()
                .map(
                    bound -> {
                      if (bound != null) {
                        throw ProblemException.conflict(
                            "The client '"
                                + clientId
                                + "' already sends to the integration '"
                                + bound.name
                                + "'; choose another client.");
                      }
                      return null;
                    });
    return free.chain(() -> integrations.persist(integration)).map(saved -> toView(saved, key));
  }

  @WithTransaction
  public Uni<IntegrationView> rotateKey(long id) {
    String key = IntegrationKeys.newKey();
    return integrations
        .findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Integration", id))
        .map(
            integration -> {
              intake.forget(integration.keyHash);
              integration.keyHash = IntegrationKeys.hash(key);
              integration.keyHint = IntegrationKeys.hint(key);
              integration.keyRotatedAt = clock.instant();
              return integration;
            })
        .call(ignored -> integrations.flush())
        .map(integration -> toView(integration, key));
  }

  @WithSession
  public Uni<List<IntegrationView>> listIntegrations() {
    return integrations
        .listAll(Sort.ascending("id"))
        .map(found -> found.stream().map(i -> toView(i, null)).toList());
  }

  static IntegrationView toView(Integration integration, String key) {
    String url =
        switch (integration.type) {
          case ALERTMANAGER -> "/api/v1/intake/alertmanager/" + (key == null ? "{key}" : key);
          case GRAFANA -> "/api/v1/intake/grafana/" + (key == null ? "{key}" : key);
          case EVENTS -> "/api/v1/events";
          case HEARTBEAT -> "/api/v1/heartbeats/" + (key == null ? "{key}" : key);
        };
    return new IntegrationView(
        integration.id,
        integration.name,
        integration.type,
        integration.keyHint,
        url,
        integration.createdAt,
        integration.keyRotatedAt,
        integration.lastReceivedAt,
        integration.heartbeatIntervalSeconds,
        integration.heartbeatGraceSeconds,
        integration.lastPingAt,
        integration.clientId,
        key);
  }
}
