package com.kuailv.emergency.demo;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.knowledge.KnowledgeApi.ArticleInput;
import com.kuailv.emergency.knowledge.KnowledgeApi.Kind;
import com.kuailv.emergency.knowledge.KnowledgeApi.Step;
import com.kuailv.emergency.knowledge.KnowledgeService;
import com.kuailv.emergency.org.OrgApi.Rotation;
import com.kuailv.emergency.org.OrgService;
import com.kuailv.emergency.org.RosterService;
import com.kuailv.emergency.plan.PlanService;
import com.kuailv.emergency.risk.RiskApi.Category;
import com.kuailv.emergency.risk.RiskApi.RiskInput;
import com.kuailv.emergency.risk.RiskApi.Status;
import com.kuailv.emergency.risk.RiskApi.SubType;
import com.kuailv.emergency.risk.RiskService;
import com.kuailv.emergency.safeguard.SafeguardApi.RestoreCheckInput;
import com.kuailv.emergency.safeguard.SafeguardApi.SystemInput;
import com.kuailv.emergency.safeguard.SafeguardService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A living example for the local run (kuailv.demo.seed=true): risks across every sub-type and the
 * runbooks and fallback procedures that answer them, and plan version 1 in force. Seeded once, into
 * an empty register.
 */
@ApplicationScoped
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class);
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final RiskService risks;
  private final KnowledgeService knowledge;
  private final PlanService plans;
  private final SafeguardService safeguards;
  private final OrgService org;
  private final RosterService roster;
  private final boolean enabled;
  private final Clock clock;

  DemoData(
      RiskService risks,
      KnowledgeService knowledge,
      PlanService plans,
      SafeguardService safeguards,
      OrgService org,
      RosterService roster,
      @ConfigProperty(name = "kuailv.demo.seed", defaultValue = "false") boolean enabled,
      Clock clock) {
    this.clock = clock;
    this.risks = risks;
    this.knowledge = knowledge;
    this.plans = plans;
    this.safeguards = safeguards;
    this.org = org;
    this.roster = roster;
    this.enabled = enabled;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      // On a Vert.x context of their own: the seeds write through Hibernate Reactive.
      VertxContextSupport.subscribeWith(
          () ->
              seed()
                  .invoke(
                      seeded -> LOG.infof("Demo data: %s", seeded ? "seeded" : "already present"))
                  .onFailure()
                  .invoke(failure -> LOG.warn("Demo data could not be seeded", failure))
                  .onFailure()
                  .recoverWithNull()
                  .toMulti(),
          ignored -> {});
      VertxContextSupport.subscribeWith(
          () ->
              seedOrganization()
                  .invoke(
                      seeded ->
                          LOG.infof("Demo organization: %s", seeded ? "seeded" : "already present"))
                  .onFailure()
                  .invoke(failure -> LOG.warn("Demo organization could not be seeded", failure))
                  .onFailure()
                  .recoverWithNull()
                  .toMulti(),
          ignored -> {});
    }
  }

  /**
   * The demo users as members of their groups, with contacts, skills and a rotation per group,
   * unless some group already has members; answers whether it seeded.
   */
  public Uni<Boolean> seedOrganization() {
    return org.groups()
        .chain(
            groups -> {
              if (groups.stream().anyMatch(g -> !g.members().isEmpty())) {
                return Uni.createFrom().item(false);
              }
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (DemoPeople.Person p : DemoPeople.all()) {
                String subject = p.actor().subject();
                chain =
                    chain
                        .chain(() -> org.introduce(p.actor()))
                        .chain(
                            () -> org.putMember(p.group(), subject, p.lead(), AuditService.SYSTEM))
                        .chain(() -> org.putContact(subject, p.contact(), AuditService.SYSTEM))
                        .chain(() -> org.putExpert(subject, p.expertise(), AuditService.SYSTEM))
                        .replaceWithVoid();
              }
              // Begun two weeks ago: someone is on duty at every hour of the first night too.
              LocalDate today = LocalDate.now(clock.withZone(BEIJING));
              LocalDate started = today.minusDays(14);
              for (var entry : DemoPeople.rotations().entrySet()) {
                Rotation rotation =
                    new Rotation(
                        BEIJING.getId(),
                        started,
                        LocalTime.of(9, 0),
                        entry.getValue().size() == 1 ? 7 : 1,
                        entry.getValue());
                List<String> members = entry.getValue();
                for (int i = 0; i < members.size(); i++) {
                  String subject = members.get(i);
                  boolean lead = i == 0;
                  chain =
                      chain.chain(
                          () -> org.putMember(entry.getKey(), subject, lead, AuditService.SYSTEM));
                }
                chain =
                    chain.chain(
                        () ->
                            roster
                                .putRotation(entry.getKey(), rotation, AuditService.SYSTEM)
                                .replaceWithVoid());
              }
              return chain.replaceWith(true);
            });
  }

  /** Seeds the example unless the register already holds risks; answers whether it seeded. */
  public Uni<Boolean> seed() {
    return risks
        .list(new RiskService.Filter(null, null, null, null, null))
        .chain(
            existing -> {
              if (!existing.isEmpty()) {
                return Uni.createFrom().item(false);
              }
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (RiskInput risk : DemoRisks.all(LocalDate.now(clock.withZone(BEIJING)))) {
                chain =
                    chain.chain(() -> risks.create(risk, AuditService.SYSTEM).replaceWithVoid());
              }
              for (ArticleInput article : DemoArticles.all()) {
                chain =
                    chain.chain(
                        () -> knowledge.create(article, AuditService.SYSTEM).replaceWithVoid());
              }
              LocalDate today = LocalDate.now(clock.withZone(BEIJING));
              for (SystemInput system : DemoSystems.all()) {
                chain =
                    chain.chain(
                        () ->
                            safeguards
                                .create(system, AuditService.SYSTEM)
                                .chain(
                                    created ->
                                        DemoSystems.verified(system)
                                            ? safeguards
                                                .recordRestore(
                                                    created.id(),
                                                    new RestoreCheckInput(
                                                        today.minusDays(7), true, "月度恢复演练"),
                                                    AuditService.SYSTEM)
                                                .replaceWithVoid()
                                            : Uni.createFrom().voidItem()));
              }
              return chain.chain(this::publishFirstPlan).replaceWith(true);
            });
  }

  /** Plan version 1, drafted by the system and approved by a demo reviewer, then published. */
  private Uni<Void> publishFirstPlan() {
    Actor reviewer = new Actor("demo-reviewer", "demo-reviewer", "演示审核人 demo reviewer", Set.of());
    return plans
        .createDraft(DemoPlan.first(), AuditService.SYSTEM)
        .chain(d -> plans.submit(d.summary().id(), d.summary().version(), AuditService.SYSTEM))
        .chain(d -> plans.approve(d.summary().id(), d.summary().version(), reviewer))
        .chain(d -> plans.publish(d.summary().id(), d.summary().version(), AuditService.SYSTEM))
        .replaceWithVoid();
  }

  static RiskInput risk(
      String title,
      Category category,
      SubType subType,
      int likelihood,
      int impact,
      String owner,
      Status status,
      LocalDate review,
      String... mitigations) {
    return new RiskInput(
        title,
        "",
        category,
        subType,
        subType == SubType.CUSTOM ? title : null,
        likelihood,
        impact,
        owner,
        List.of(mitigations),
        status,
        review);
  }

  static ArticleInput article(
      Kind kind, String title, String summary, String subType, String category, Step... steps) {
    return new ArticleInput(
        kind, title, summary, List.of(subType), List.of(category), List.of(steps));
  }

  static Step step(String title, String detail) {
    return new Step(title, detail);
  }
}
