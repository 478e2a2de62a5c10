package com.kuailv.emergency.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole platform on this machine: PostgreSQL (data kept under the home folder), Keycloak
 * with the {@code kuailv} realm, and the backend serving the SPA. Stops all of it on exit.
 */
public final class LocalStack {
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
  private static final List<String> DEMO_USERS =
      List.of(
          "commander",
          "tech",
          "procurement",
          "warehouse",
          "driver",
          "sales",
          "comms",
          "admin",
          "reporter");

  private final Settings settings;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<ManagedProcess> processes = new ArrayList<>();
  private EmbeddedDatabase database;
  private GreenMail mail;
  private volatile boolean stopping;

  private LocalStack(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    LocalStack stack = new LocalStack(Settings.fromEnvironment(System.getenv()));
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
    try {
      stack.start();
    } catch (Exception e) {
      System.err.println("\nThe local stack could not start: " + e.getMessage());
      System.exit(1);
    }
    stack.watch();
  }

  /** Runs until stopped; if a server dies on its own, says which and stops the rest. */
  private void watch() {
    while (true) {
      sleep(Duration.ofSeconds(1));
      for (ManagedProcess process : List.copyOf(processes)) {
        if (!stopping && !process.isAlive()) {
          System.err.println(
              "\n"
                  + process.name()
                  + " stopped unexpectedly. Last lines of "
                  + process.log()
                  + ":\n"
                  + process.logTail(30));
          System.exit(1);
        }
      }
    }
  }

  private void start() throws Exception {
    long began = System.nanoTime();
    Files.createDirectories(settings.home());
    Files.deleteIfExists(readyMarker());
    ManagedProcess keycloak = startKeycloak();
    step(
        "PostgreSQL 17",
        () -> database = EmbeddedDatabase.start(pgData(), settings.databasePort()));
    say("  PostgreSQL on 127.0.0.1:" + database.port() + ", data in " + pgData());
    step(
        "Keycloak",
        () ->
            awaitReady(
                keycloak,
                settings.keycloakUrl() + "/realms/kuailv/.well-known/openid-configuration"));
    step("SMTP server", this::startMail);
    ManagedProcess backend = startBackend();
    step("backend and SPA", () -> awaitReady(backend, settings.appUrl() + "/q/health/ready"));
    Files.writeString(readyMarker(), settings.appUrl() + "\n");
    printBanner(Duration.ofNanos(System.nanoTime() - began));
  }

  /** GreenMail takes the e-mail channels' mail on loopback and keeps it in memory only. */
  private void startMail() {
    mail =
        new GreenMail(new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  private ManagedProcess startKeycloak() throws IOException {
    Path dist = KeycloakDistribution.prepare(settings.root(), settings.home().resolve("keycloak"));
    Path realm = settings.root().resolve("deploy/keycloak/kuailv-realm.json");
    KeycloakDistribution.resetRealm(dist, realm);
    ManagedProcess keycloak =
        ManagedProcess.start(
            "Keycloak",
            List.of(
                dist.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(),
                "--import-realm"),
            dist,
            Map.of("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"),
            logs().resolve("keycloak.log"));
    processes.add(keycloak);
    return keycloak;
  }

  private ManagedProcess startBackend() throws IOException {
    Path jar = settings.root().resolve("backend/target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IOException(jar + " is missing: build with 'mvn -DskipTests package' first");
    }
    Map<String, String> env = new java.util.LinkedHashMap<>();
    env.put("KUAILV_HTTP_HOST", "127.0.0.1");
    env.put("KUAILV_HTTP_PORT", String.valueOf(settings.httpPort()));
    env.put("KUAILV_DB_HOST", database.host());
    env.put("KUAILV_DB_PORT", String.valueOf(database.port()));
    env.put("KUAILV_OIDC_URL", settings.keycloakUrl() + "/realms/kuailv");
    env.put("KUAILV_SPA_DIR", settings.root().resolve("frontend/dist").toString());
    env.put("KUAILV_DEMO_SEED", "true");
    env.put("KUAILV_SECRETS_KEY", secretsKey());
    env.put("KUAILV_PUBLIC_URL", "http://localhost:" + settings.httpPort());
    env.put("KUAILV_SMTP_HOST", "127.0.0.1");
    env.put("KUAILV_SMTP_PORT", String.valueOf(settings.smtpPort()));
    // Local runs, the end-to-end tests and the benchmarks post to receivers on this machine.
    env.put("KUAILV_NOTIFICATION_ALLOW_LOOPBACK", "true");
    ManagedProcess backend =
        ManagedProcess.start(
            "backend", backendCommand(jar), settings.root(), env, logs().resolve("backend.log"));
    processes.add(backend);
    return backend;
  }

  /** The sealing key of this local home, made once so channels stored earlier still open. */
  private String secretsKey() throws IOException {
    Path file = settings.home().resolve("secrets.key");
    if (!Files.isRegularFile(file)) {
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
    }
    return Files.readString(file).strip();
  }

  private List<String> backendCommand(Path jar) {
    // The throughput collector: measured 12 % more intake than G1 on two cores.
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseParallelGC"));
    String extra = System.getenv("KUAILV_BACKEND_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString()));
    return command;
  }

  private void awaitReady(ManagedProcess process, String url) throws IOException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            process.name()
                + " stopped while starting. Last lines of "
                + process.log()
                + ":\n"
                + process.logTail(30));
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
      sleep(Duration.ofMillis(300));
    }
    throw new IOException(
        process.name() + " was not ready within " + READY_TIMEOUT + "; see " + process.log());
  }

  private void printBanner(Duration took) {
    StringBuilder banner = new StringBuilder();
    banner.append("\n========================================================\n");
    banner.append(" 快驴应急响应平台 Kuailv Emergency Response Platform is ready\n");
    banner.append(" (").append(took.toMillis() / 1000.0).append(" s)\n\n");
    banner.append("   Open:      ").append(settings.appUrl()).append("/\n");
    banner.append("   API:       ").append(settings.appUrl()).append("/api/v1\n");
    banner.append("   Keycloak:  ").append(settings.keycloakUrl()).append("\n");
    banner
        .append("   Mail:      SMTP 127.0.0.1:")
        .append(settings.smtpPort())
        .append(" (GreenMail; e-mail channels send here, kept in memory)\n\n");
    banner.append(" Demo accounts (local realm only), password 'kuailv-demo':\n   ");
    banner.append(String.join(", ", DEMO_USERS)).append("\n");
    banner.append(" Logs in ").append(logs()).append("\n");
    banner.append(" Press Ctrl-C to stop everything.\n");
    banner.append("========================================================");
    say(banner.toString());
  }

  private void stop() {
    stopping = true;
    say("\nStopping the local stack ...");
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).stop();
    }
    if (mail != null) {
      mail.stop();
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
    try {
      Files.deleteIfExists(readyMarker());
    } catch (IOException ignored) {
      // the marker only tells scripts the stack is up
    }
    say("Stopped.");
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void step(String what, Step step) throws Exception {
    long began = System.nanoTime();
    say("Starting " + what + " ...");
    step.run();
    say(String.format("  %s ready in %.1f s", what, (System.nanoTime() - began) / 1e9));
  }

  private Path pgData() {
    return settings.home().resolve("pgdata");
  }

  private Path logs() {
    return settings.home().resolve("logs");
  }

  private Path readyMarker() {
    return settings.home().resolve("ready");
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
