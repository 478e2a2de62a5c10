package com.kuailv.emergency.alert;

import com.kuailv.emergency.alert.AlertApi.CreateIntegration;
import com.kuailv.emergency.alert.AlertApi.IntegrationView;
import com.kuailv.emergency.alert.AlertApi.UpdateIntegration;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Integrations: created, changed and rotated by admins; the key is shown once and stored hashed.
 */
@ApplicationScoped
public class IntegrationService {
  private final IntegrationRepository integrations;
  private final AlertIntake intake;
  private final Clock clock;
  private final AuditService audit;

  IntegrationService(
      IntegrationRepository integrations, AlertIntake intake, Clock clock, AuditService audit) {
    this.integrations = integrations;
    this.intake = intake;
    this.clock = clock;
    this.audit = audit;
  }

  /** Creates the integration; the answer carries the key, once. Audited without the key. */
  @WithTransaction
  public Uni<IntegrationView> createIntegration(CreateIntegration input, Actor actor) {
    String clientId = checked(input.type(), input.heartbeatIntervalSeconds(), input.clientId());
    String key = IntegrationKeys.newKey();
    Integration integration = new Integration();
    integration.type = input.type();
    apply(
        integration, input.name(), input.heartbeatIntervalSeconds(), input.heartbeatGraceSeconds());
    integration.clientId = clientId;
    integration.keyHash = IntegrationKeys.hash(key);
    integration.keyHint = IntegrationKeys.hint(key);
    integration.createdAt = clock.instant();
    integration.keyRotatedAt = integration.createdAt;
    return free(clientId, null)
        .chain(() -> integrations.persist(integration))
        .call(
            saved ->
                audit.record(
                    actor,
                    "integration.created",
                    "integration",
                    saved.id,
                    null,
                    toView(saved, null)))
        .map(saved -> toView(saved, key));
  }

  /** Renames, retimes a heartbeat or rebinds a client; the type and the key stay. */
  @WithTransaction
  public Uni<IntegrationView> updateIntegration(
      long id, long version, UpdateIntegration input, Actor actor) {
    IntegrationView[] before = new IntegrationView[1];
    return integrations
        .findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Integration", id))
        .chain(
            integration -> {
              if (integration.version != version) {
                throw ProblemException.stale("integration");
              }
              before[0] = toView(integration, null);
              String clientId =
                  checked(integration.type, input.heartbeatIntervalSeconds(), input.clientId());
              return free(clientId, id)
                  .map(
                      ignored -> {
                        intake.forget(integration.keyHash);
                        intake.forget(AlertIntake.clientCacheKey(integration.clientId));
                        intake.forget(AlertIntake.clientCacheKey(clientId));
                        apply(
                            integration,
                            input.name(),
                            input.heartbeatIntervalSeconds(),
                            input.heartbeatGraceSeconds());
                        integration.clientId = clientId;
                        return integration;
                      });
            })
        .call(ignored -> integrations.flush())
        .map(integration -> toView(integration, null))
        .call(
            after ->
                audit.record(actor, "integration.updated", "integration", id, before[0], after));
  }

  /** The client to bind (null for none), after the rules of the integration's type. */
  private static String checked(IntegrationType type, Integer heartbeatInterval, String client) {
    if (type == IntegrationType.HEARTBEAT && heartbeatInterval == null) {
      throw ProblemException.invalid("heartbeatIntervalSeconds", "required-heartbeat");
    }
    String clientId = client == null || client.isBlank() ? null : client;
    if (clientId != null && type != IntegrationType.EVENTS) {
      throw ProblemException.invalid("clientId", "only-events");
    }
    return clientId;
  }

  private static void apply(
      Integration integration, String name, Integer heartbeatInterval, Integer heartbeatGrace) {
    integration.name = name.strip();
    if (integration.type == IntegrationType.HEARTBEAT) {
      integration.heartbeatIntervalSeconds = heartbeatInterval;
      integration.heartbeatGraceSeconds = heartbeatGrace == null ? 0 : heartbeatGrace;
    }
  }

  /** Fails if another integration than this one (null: any) is bound to the client. */
  private Uni<Void> free(String clientId, Long self) {
    if (clientId == null) {
      return Uni.createFrom().voidItem();
    }
    return integrations
        .find("clientId", clientId)
        .firstResult()
        .map(
            bound -> {
              if (bound != null && !bound.id.equals(self)) {
                throw ProblemException.conflict(
                    new Reason("reason.client-bound", clientId, bound.name));
              }
              return null;
            });
  }

  /** A new key, shown once in the answer; the old one stops working. Audited without either. */
  @WithTransaction
  public Uni<IntegrationView> rotateKey(long id, Actor actor) {
    String key = IntegrationKeys.newKey();
    IntegrationView[] before = new IntegrationView[1];
    return integrations
        .findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Integration", id))
        .map(
            integration -> {
              before[0] = toView(integration, null);
              intake.forget(integration.keyHash);
              integration.keyHash = IntegrationKeys.hash(key);
              integration.keyHint = IntegrationKeys.hint(key);
              integration.keyRotatedAt = clock.instant();
              return integration;
            })
        .call(ignored -> integrations.flush())
        .call(
            integration ->
                audit.record(
                    actor,
                    "integration.key-rotated",
                    "integration",
                    id,
                    before[0],
                    toView(integration, null)))
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
        integration.version,
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
