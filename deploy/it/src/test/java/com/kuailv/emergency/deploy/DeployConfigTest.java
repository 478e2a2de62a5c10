package com.kuailv.emergency.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.kuailv.emergency.local.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What cannot run here (containers, Kubernetes) is at least parsed and cross-checked: the gateway,
 * compose and kustomize name the same services, ports, paths, images and variables, and those are
 * the ones the backend and CI really have.
 */
class DeployConfigTest {
  private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
  private static final Pattern UPSTREAM_SERVER =
      Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}", Pattern.DOTALL);
  private static final Pattern SERVER = Pattern.compile("server\\s+([\\w.-]+):(\\d+)");
  private final Path root = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void everyYamlFileParses() throws IOException {
    List<Path> files = new ArrayList<>(yamlFiles(root.resolve("deploy")));
    files.add(root.resolve(".gitlab-ci.yml"));
    assertTrue(files.size() > 15, "found " + files.size());
    for (Path file : files) {
      assertFalse(documents(file).isEmpty(), file + " has a document");
    }
  }

  @Test
  void theGatewayProxiesOnlyToUpstreamsEveryDeploymentDefines() throws IOException {
    String nginx = Files.readString(root.resolve("deploy/gateway/nginx.conf"));
    Set<String> proxied = new TreeSet<>();
    Matcher pass = Pattern.compile("proxy_pass\\s+http://(\\w+)").matcher(nginx);
    while (pass.find()) {
      proxied.add(pass.group(1));
    }
    assertEquals(Set.of("kuailv_backend", "kuailv_keycloak", "kuailv_spa"), proxied);
    for (String conf :
        List.of("deploy/gateway/upstreams.conf", "deploy/k8s/base/gateway/upstreams.conf")) {
      assertEquals(proxied, upstreams(root.resolve(conf)).keySet(), conf);
    }
    for (String location :
        List.of(
            "location /api/",
            "location /auth/",
            "location /q/health",
            "location /status",
            "location = /v2/enqueue",
            "location = /v2/change/enqueue")) {
      assertTrue(nginx.contains(location), "gateway routes " + location);
    }
  }

  @Test
  void composeUpstreamsAreComposeServicesOnTheirPorts() throws IOException {
    JsonNode services = composeServices();
    for (Map.Entry<String, List<String>> upstream :
        upstreams(root.resolve("deploy/gateway/upstreams.conf")).entrySet()) {
      for (String server : upstream.getValue()) {
        String host = server.substring(0, server.indexOf(':'));
        assertTrue(services.has(host), upstream.getKey() + " names compose service " + host);
        assertEquals("8080", server.substring(server.indexOf(':') + 1), server);
      }
    }
    assertTrue(
        upstreams(root.resolve("deploy/gateway/upstreams.conf")).get("kuailv_backend").size() >= 2);
    for (String backend : List.of("backend-1", "backend-2")) {
      JsonNode env = services.get(backend).get("environment");
      assertEquals("8080", env.get("KUAILV_HTTP_PORT").asText());
      assertTrue(
          services.get(backend).get("healthcheck").toString().contains("/q/health/ready"),
          backend + " health check");
      assertTrue(
          Files.exists(
              root.resolve(services.get(backend).get("build").get("dockerfile").asText())));
    }
    assertTrue(
        services.get("gateway").toString().contains("../gateway"),
        "the gateway mounts deploy/gateway");
  }

  @Test
  void kubernetesUpstreamsAreServicesOfTheBase() throws IOException {
    Map<String, JsonNode> services = new HashMap<>();
    List<JsonNode> resources = kustomizeBase();
    for (JsonNode resource : resources) {
      if (resource.path("kind").asText().equals("Service")) {
        services.put(resource.at("/metadata/name").asText(), resource);
      }
      if (resource.path("kind").asText().equals("Keycloak")) {
        // the Keycloak operator creates <name>-service on port 8080
        services.put(resource.at("/metadata/name").asText() + "-service", null);
      }
    }
    for (List<String> servers :
        upstreams(root.resolve("deploy/k8s/base/gateway/upstreams.conf")).values()) {
      for (String server : servers) {
        String host = server.substring(0, server.indexOf(':'));
        assertTrue(services.containsKey(host), "Service " + host + " exists in the base");
        JsonNode service = services.get(host);
        if (service != null) {
          assertTrue(
              service.at("/spec/ports").toString().contains("\"port\":8080"),
              host + " serves port 8080");
        }
      }
    }
  }

  @Test
  void postgresqlIsTunedAlikeInEveryDeployment() throws IOException {
    JsonNode kubernetes =
        resource(kustomizeBase(), "Cluster", "kuailv-db").at("/spec/postgresql/parameters");
    List<String> compose = new ArrayList<>();
    composeServices().get("postgres").path("command").forEach(arg -> compose.add(arg.asText()));
    EmbeddedDatabase.TUNING.forEach(
        (name, value) -> {
          assertEquals(value, kubernetes.path(name).asText(), "database.yaml sets " + name);
          assertTrue(compose.contains(name + "=" + value), "compose's postgres sets " + name);
        });
  }

  @Test
  void theBackendDeploymentUsesTheHealthEndpointsAndVariablesTheBackendHas() throws IOException {
    Set<String> read = backendVariables();
    JsonNode deployment = resource(kustomizeBase(), "Deployment", "kuailv-backend");
    JsonNode container = deployment.at("/spec/template/spec/containers/0");
    assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "at least two replicas");
    assertEquals(8080, container.at("/ports/0/containerPort").asInt());
    assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
    assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
    assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
    Set<String> used = new TreeSet<>();
    container.path("env").forEach(env -> used.add(env.path("name").asText()));
    JsonNode base = YAML.readTree(root.resolve("deploy/k8s/base/kustomization.yaml").toFile());
    for (JsonNode generator : base.path("configMapGenerator")) {
      if (generator.path("name").asText().equals("kuailv-backend")) {
        generator.path("literals").forEach(literal -> used.add(literal.asText().split("=")[0]));
      }
    }
    composeServices().get("backend-1").get("environment").fieldNames().forEachRemaining(used::add);
    used.removeIf(name -> !name.startsWith("KUAILV_"));
    assertFalse(used.isEmpty());
    for (String name : used) {
      assertTrue(read.contains(name), name + " is read by the backend (application.properties)");
    }
    assertTrue(used.contains("KUAILV_OIDC_URL") && used.contains("KUAILV_DB_HOST"));
  }

  @Test
  void everyCiJobRunsInADeclaredStageAfterWhatItNeeds() throws IOException {
    JsonNode ci = YAML.readTree(root.resolve(".gitlab-ci.yml").toFile());
    List<String> stages = new ArrayList<>();
    ci.path("stages").forEach(stage -> stages.add(stage.asText()));
    int jobs = 0;
    for (var field : (Iterable<Map.Entry<String, JsonNode>>) ci::fields) {
      JsonNode job = field.getValue();
      if (job.isObject()) {
        mergeKeys(ci, (ObjectNode) job);
      }
      if (field.getKey().startsWith(".") || !job.has("script")) {
        continue;
      }
      jobs++;
      String stage = job.path("stage").asText();
      assertTrue(stages.contains(stage), field.getKey() + " runs in declared stage " + stage);
      for (JsonNode need : job.path("needs")) {
        JsonNode needed = ci.get(need.asText());
        assertTrue(needed != null, field.getKey() + " needs existing job " + need.asText());
        assertTrue(
            stages.indexOf(needed.path("stage").asText()) <= stages.indexOf(stage),
            field.getKey() + " runs after " + need.asText());
      }
    }
    assertTrue(jobs >= 7, "build, test, package, native, images and deploy jobs: " + jobs);
    assertTrue(ci.get("test").toString().contains(".ci/run"), "CI tests what .ci/run tests");
  }

  @Test
  void imagesAreTheOnesCiBuilds() throws IOException {
    String ci = Files.readString(root.resolve(".gitlab-ci.yml"));
    for (String image : List.of("backend", "spa")) {
      assertTrue(ci.contains("$IMAGE_PREFIX/" + image + ":"), "CI builds " + image);
      JsonNode deployment = resource(kustomizeBase(), "Deployment", "kuailv-" + image);
      assertTrue(
          deployment.at("/spec/template/spec/containers/0/image").asText().endsWith("/" + image));
    }
    Matcher dockerfiles = Pattern.compile("--dockerfile\\s+(\\S+)").matcher(ci);
    int found = 0;
    while (dockerfiles.find()) {
      found++;
      assertTrue(Files.exists(root.resolve(dockerfiles.group(1))), dockerfiles.group(1));
    }
    assertTrue(found >= 3, "CI builds the JVM, native and SPA images");
    String spaConfig = Files.readString(root.resolve("deploy/docker/spa-config.sh"));
    JsonNode spa = resource(kustomizeBase(), "Deployment", "kuailv-spa");
    assertTrue(spa.toString().contains("kuailv-spa"));
    for (String name : List.of("KUAILV_OIDC_AUTHORITY", "KUAILV_OIDC_CLIENT_ID")) {
      assertTrue(spaConfig.contains(name), "spa-config.sh reads " + name);
      assertTrue(composeServices().get("spa").get("environment").has(name));
    }
  }

  @Test
  void theRealmImportOfKubernetesHasTheRealmFilesRoles() throws IOException {
    JsonNode realmFile =
        new ObjectMapper().readTree(root.resolve("deploy/keycloak/kuailv-realm.json").toFile());
    JsonNode imported = resource(kustomizeBase(), "KeycloakRealmImport", null).at("/spec/realm");
    assertEquals(roleNames(realmFile), roleNames(imported));
    assertEquals(realmFile.path("realm").asText(), imported.path("realm").asText());
  }

  @Test
  void prometheusLoadsTheExampleRulesAndAlertmanagerReachesThePlatform() throws IOException {
    JsonNode prometheus = YAML.readTree(root.resolve("deploy/monitoring/prometheus.yml").toFile());
    for (JsonNode file : prometheus.path("rule_files")) {
      String name = Path.of(file.asText()).getFileName().toString();
      assertTrue(Files.exists(root.resolve("deploy/monitoring").resolve(name)), name);
    }
    JsonNode alertmanager = YAML.readTree(root.resolve("deploy/compose/alertmanager.yml").toFile());
    assertTrue(
        alertmanager.toString().contains("/api/v1/intake/alertmanager/"),
        "compose Alertmanager posts to the platform's webhook");
  }

  /**
   * Shared deployments carry no public secret: compose and Kubernetes import the production realm,
   * which is the local realm without its demo users (public password) and demo client (public
   * secret); the first admin gets a password chosen at deploy time; the gateway closes Keycloak's
   * admin console to everyone outside an allow-list, which is empty by default.
   */
  @Test
  void deploymentsCarryNoPublicSecrets() throws IOException {
    ObjectMapper json = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode local =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(root.resolve("deploy/keycloak/kuailv-realm.json").toFile());
    String productionText =
        Files.readString(root.resolve("deploy/keycloak/kuailv-realm-production.json"));
    JsonNode production = json.readTree(productionText);
    local.remove("users");
    com.fasterxml.jackson.databind.node.ArrayNode clients = json.createArrayNode();
    local
        .get("clients")
        .forEach(
            client -> {
              if (!client.path("clientId").asText().equals("supply-chain-demo")) {
                clients.add(client);
              }
            });
    local.set("clients", clients);
    assertEquals(local, production, "the production realm is the local realm minus the demo");
    for (String secret : List.of("kuailv-demo", "supply-chain-demo", "\"users\"", "secret")) {
      assertTrue(!productionText.contains(secret), "the production realm holds " + secret);
    }
    JsonNode imported = resource(kustomizeBase(), "KeycloakRealmImport", null).at("/spec/realm");
    assertTrue(imported.path("users").isMissingNode(), "Kubernetes imports no users");
    Set<String> importedClients = new TreeSet<>();
    imported.path("clients").forEach(c -> importedClients.add(c.path("clientId").asText()));
    Set<String> productionClients = new TreeSet<>();
    production.path("clients").forEach(c -> productionClients.add(c.path("clientId").asText()));
    assertEquals(productionClients, importedClients);

    JsonNode keycloak = composeServices().get("keycloak");
    assertTrue(
        keycloak.path("volumes").toString().contains("kuailv-realm-production.json:"),
        "compose imports the production realm");
    assertTrue(!keycloak.path("volumes").toString().contains("../keycloak/kuailv-realm.json:"));
    JsonNode firstAdmin = composeServices().get("keycloak-first-admin");
    assertTrue(
        firstAdmin.path("environment").path("FIRST_ADMIN_PASSWORD").asText().contains(":?"),
        "the first admin's password must be chosen at deploy time");
    assertTrue(firstAdmin.path("command").toString().contains("--rolename admin"));
    assertTrue(firstAdmin.path("command").toString().contains("--temporary"));
    assertTrue(
        firstAdmin.path("command").toString().contains("= change-me ]"),
        "the example password is refused");
    String env = Files.readString(root.resolve("deploy/compose/.env.example"));
    assertTrue(env.contains("KUAILV_FIRST_ADMIN_PASSWORD=change-me"));

    String nginx = Files.readString(root.resolve("deploy/gateway/nginx.conf"));
    Matcher admin =
        Pattern.compile("location ~ \\^/auth/\\(admin\\|realms/master\\)[^{]*\\{([^}]*)\\}")
            .matcher(nginx);
    assertTrue(admin.find(), "the gateway has a location for Keycloak's administration");
    assertTrue(admin.group(1).contains("include admin-allow.conf;"));
    assertTrue(admin.group(1).contains("deny all;"));
    for (String line : Files.readAllLines(root.resolve("deploy/gateway/admin-allow.conf"))) {
      assertTrue(line.isBlank() || line.startsWith("#"), "no network is allowed by default");
    }
    assertTrue(
        composeServices().get("gateway").path("volumes").toString().contains("admin-allow.conf"));
  }

  private static Set<String> roleNames(JsonNode realm) {
    Set<String> names = new TreeSet<>();
    realm.at("/roles/realm").forEach(role -> names.add(role.path("name").asText()));
    return names;
  }

  private Set<String> backendVariables() throws IOException {
    String properties =
        Files.readString(root.resolve("backend/src/main/resources/application.properties"));
    Set<String> names = new TreeSet<>();
    Matcher variable = Pattern.compile("\\$\\{(KUAILV_\\w+)").matcher(properties);
    while (variable.find()) {
      names.add(variable.group(1));
    }
    Matcher property = Pattern.compile("(?m)^(kuailv\\.[\\w.-]+)=").matcher(properties);
    while (property.find()) {
      names.add(property.group(1).toUpperCase().replaceAll("[.-]", "_"));
    }
    return names;
  }

  private JsonNode composeServices() throws IOException {
    JsonNode compose = YAML.readTree(root.resolve("deploy/compose/compose.yaml").toFile());
    JsonNode services = compose.get("services");
    services.fields().forEachRemaining(entry -> mergeKeys(compose, (ObjectNode) entry.getValue()));
    return services;
  }

  /**
   * YAML merge keys ({@code <<: *backend}) as compose resolves them. Jackson reports the alias by
   * name; the anchors sit on {@code x-<name>} (compose) or {@code .<name>} (GitLab) fields.
   */
  static void mergeKeys(JsonNode compose, ObjectNode service) {
    JsonNode alias = service.remove("<<");
    if (alias != null) {
      JsonNode merged =
          alias.isObject()
              ? alias
              : compose.has("x-" + alias.asText())
                  ? compose.get("x-" + alias.asText())
                  : compose.get("." + alias.asText());
      assertTrue(merged != null && merged.isObject(), "anchor " + alias + " is an x- or . field");
      merged
          .fields()
          .forEachRemaining(
              field -> {
                if (!service.has(field.getKey())) {
                  service.set(field.getKey(), field.getValue());
                }
              });
    }
  }

  private List<JsonNode> kustomizeBase() throws IOException {
    Path base = root.resolve("deploy/k8s/base");
    List<JsonNode> resources = new ArrayList<>();
    for (JsonNode file :
        YAML.readTree(base.resolve("kustomization.yaml").toFile()).path("resources")) {
      resources.addAll(documents(base.resolve(file.asText())));
    }
    return resources;
  }

  private static JsonNode resource(List<JsonNode> resources, String kind, String name) {
    return resources.stream()
        .filter(resource -> resource.path("kind").asText().equals(kind))
        .filter(resource -> name == null || resource.at("/metadata/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private static Map<String, List<String>> upstreams(Path conf) throws IOException {
    Map<String, List<String>> upstreams = new HashMap<>();
    Matcher block = UPSTREAM_SERVER.matcher(Files.readString(conf));
    while (block.find()) {
      List<String> servers = new ArrayList<>();
      Matcher server = SERVER.matcher(block.group(2));
      while (server.find()) {
        servers.add(server.group(1) + ":" + server.group(2));
      }
      upstreams.put(block.group(1), servers);
    }
    return upstreams;
  }

  private static List<JsonNode> documents(Path file) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (var values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (values.hasNext()) {
        JsonNode document = (JsonNode) values.next();
        if (document != null && !document.isNull() && !document.isEmpty()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(path -> path.toString().matches(".*\\.ya?ml$"))
          .filter(path -> !path.toString().contains("/node_modules/"))
          .filter(path -> !path.toString().contains("/target/"))
          .toList();
    }
  }
}
