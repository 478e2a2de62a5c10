package com.kuailv.emergency.local;

import java.nio.file.Path;
import java.util.Map;

/** Where the local stack lives and which loopback ports it takes; each can be overridden. */
record Settings(
    Path root, Path home, int httpPort, int keycloakPort, int databasePort, int smtpPort) {

  static Settings fromEnvironment(Map<String, String> env) {
    Path root = Path.of(env.getOrDefault("KUAILV_ROOT", ".")).toAbsolutePath().normalize();
    Path home =
        Path.of(env.getOrDefault("KUAILV_HOME", root.resolve(".local").toString()))
            .toAbsolutePath()
            .normalize();
    return new Settings(
        root,
        home,
        port(env, "KUAILV_HTTP_PORT", 8080),
        port(env, "KUAILV_KEYCLOAK_PORT", 8180),
        port(env, "KUAILV_DB_PORT", 15432),
        port(env, "KUAILV_SMTP_PORT", 2525));
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
    }
  }

  String appUrl() {
    return "http://localhost:" + httpPort;
  }

  String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }
}
