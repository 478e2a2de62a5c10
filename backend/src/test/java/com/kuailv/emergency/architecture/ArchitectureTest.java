package com.kuailv.emergency.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package rules: one package per feature; features meet through services and API records. */
class ArchitectureTest {
  static final String BASE = "com.kuailv.emergency";
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void repositoriesAreUsedOnlyInsideTheirFeature() {
    classes()
        .that()
        .areAssignableTo(PanacheRepositoryBase.class)
        .should(beUsedOnlyFromTheirOwnPackage())
        .andShould()
        .notBePublic()
        .check(classes);
  }

  @Test
  void entitiesAreUsedOnlyInsideTheirFeature() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should(beUsedOnlyFromTheirOwnPackage())
        .check(classes);
  }

  @Test
  void featuresMeetOnlyThroughServicesAndApiRecords() {
    classes()
        .that()
        .resideInAPackage(BASE + ".*")
        .and()
        .resideOutsideOfPackage(BASE + ".common..")
        .should(useOtherFeaturesOnlyThroughServicesAndApis())
        .check(classes);
  }

  @Test
  void commonDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".common..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a feature class", c -> feature(c) != null && !feature(c).equals("common")))
        .check(classes);
  }

  @Test
  void resourcesNeverTouchRepositoriesOrEntities() {
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .check(classes);
  }

  /**
   * One way to write: features write through Hibernate Reactive's unit of work. Only the alert
   * intake (its measured hot path: group commit and batch upserts, and the reads of what it stores)
   * and the cluster lock (a session-level advisory lock) use the reactive SQL pool.
   */
  @Test
  void onlyTheIntakeAndTheClusterLockUseTheSqlPool() {
    java.util.Set<String> allowed =
        java.util.Set.of(
            BASE + ".alert.AlertIntake",
            BASE + ".alert.GroupCommit",
            BASE + ".alert.AlertUpserts",
            BASE + ".alert.HeartbeatService",
            BASE + ".alert.ChangeService",
            BASE + ".alert.AlertService",
            BASE + ".alert.AlertRouter",
            BASE + ".common.db.ClusterLock");
    noClasses()
        .that(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are not the intake or the cluster lock",
                c -> !allowed.contains(c.getName().replaceAll("\\$.*", ""))))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.vertx.mutiny.sqlclient..")
        .check(classes);
  }

  /**
   * One clock: time is read only from the injected {@link java.time.Clock} (ClockProducer), so
   * every time-based rule can be tested with a fixed clock.
   */
  @Test
  void timeIsReadOnlyFromTheClock() {
    classes()
        .that()
        .doNotHaveFullyQualifiedName(BASE + ".common.time.ClockProducer")
        .should(readTimeOnlyFromTheClock())
        .check(classes);
  }

  static ArchCondition<JavaClass> readTimeOnlyFromTheClock() {
    java.util.Set<String> clocks =
        java.util.Set.of(
            "java.time.Instant.now",
            "java.time.OffsetDateTime.now",
            "java.time.ZonedDateTime.now",
            "java.time.LocalDate.now",
            "java.time.LocalDateTime.now",
            "java.time.LocalTime.now",
            "java.lang.System.currentTimeMillis",
            "java.time.Clock.systemUTC",
            "java.time.Clock.systemDefaultZone");
    return new ArchCondition<>("read the time only from the injected Clock") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (var call : origin.getMethodCallsFromSelf()) {
          String target = call.getTargetOwner().getName() + "." + call.getName();
          boolean fromClock =
              call.getTarget().getRawParameterTypes().stream()
                  .anyMatch(type -> type.isEquivalentTo(java.time.Clock.class));
          if (clocks.contains(target) && !fromClock) {
            events.add(SimpleConditionEvent.violated(call, call.getDescription()));
          }
        }
      }
    };
  }

  /** The feature a class belongs to: the first package below the base, or null outside it. */
  static String feature(JavaClass type) {
    String pkg = type.getPackageName();
    if (!pkg.startsWith(BASE + ".")) {
      return null;
    }
    String rest = pkg.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
    return new ArchCondition<>("be used only from their own package") {
      @Override
      public void check(JavaClass target, ConditionEvents events) {
        for (Dependency dependency : target.getDirectDependenciesToSelf()) {
          JavaClass origin = dependency.getOriginClass();
          if (!origin.getPackageName().equals(target.getPackageName())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughServicesAndApis() {
    return new ArchCondition<>(
        "use other features only through their *Service and *Api classes and enums") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = feature(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          String other = feature(target);
          if (other == null || other.equals(own) || other.equals("common") || target.isEnum()) {
            continue; // enums are the shared vocabulary of the published API
          }
          String name = target.getName().substring(target.getPackageName().length() + 1);
          String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
          if (!topLevel.endsWith("Service") && !topLevel.endsWith("Api")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
