package com.kuailv.emergency.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.local.ManagedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's nginx with the repository's gateway config: the files of {@code deploy/gateway} copied
 * verbatim, except the listen ports and the upstream addresses, plus a throw-away certificate.
 */
final class Gateway implements AutoCloseable {
  private final ManagedProcess nginx;
  final int httpPort;
  final int httpsPort;
  final Path prefix;
  final Path certificate;

  private Gateway(ManagedProcess nginx, int httpPort, int httpsPort, Path prefix) {
    this.nginx = nginx;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
    this.prefix = prefix;
    this.certificate = prefix.resolve("tls/gateway.crt");
  }

  static Gateway start(Path root, Path prefix, List<String> backends, String keycloak, String spa)
      throws IOException, InterruptedException {
    Path config = root.resolve("deploy/gateway");
    Files.createDirectories(prefix);
    try (Stream<Path> files = Files.list(config)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, prefix.resolve(file.getFileName()));
      }
    }
    int httpPort = Ports.free();
    int httpsPort = Ports.free();
    Path conf = prefix.resolve("nginx.conf");
    String text = Files.readString(conf);
    if (!text.contains("listen 8080") || !text.contains("listen 8443 ssl")) {
      throw new IllegalStateException("gateway config no longer listens on 8080 and 8443 ssl");
    }
    Files.writeString(
        conf,
        text.replace("listen 8080", "listen 127.0.0.1:" + httpPort)
            .replace("listen 8443 ssl", "listen 127.0.0.1:" + httpsPort + " ssl"));
    Path upstreams = prefix.resolve("upstreams.conf");
    String servers = Files.readString(upstreams);
    servers = withServers(servers, "kuailv_backend", backends);
    servers = withServers(servers, "kuailv_keycloak", List.of(keycloak));
    servers = withServers(servers, "kuailv_spa", List.of(spa));
    Files.writeString(upstreams, servers);
    Path tls = Files.createDirectories(prefix.resolve("tls"));
    run(
        List.of(
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            tls.resolve("gateway.key").toString(),
            "-out",
            tls.resolve("gateway.crt").toString()),
        prefix.resolve("openssl.log"));
    // nginx started as root runs its workers as nobody: they need to write their temp folders.
    Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxrwxrwx"));
    ManagedProcess nginx =
        ManagedProcess.start(
            "nginx",
            List.of("nginx", "-p", prefix + "/", "-c", conf.toString(), "-g", "daemon off;"),
            prefix,
            Map.of(),
            prefix.resolve("nginx.out"));
    Gateway gateway = new Gateway(nginx, httpPort, httpsPort, prefix);
    Http.awaitStatus(gateway.http("/healthz"), 200, nginx);
    return gateway;
  }

  String http(String path) {
    return "http://127.0.0.1:" + httpPort + path;
  }

  String https(String path) {
    return "https://127.0.0.1:" + httpsPort + path;
  }

  /** The JSON access log (nginx writes it to stdout, next to its error log). */
  List<JsonNode> accessLog() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> entries = new ArrayList<>();
    for (String line : Files.readAllLines(prefix.resolve("nginx.out"))) {
      if (line.startsWith("{")) {
        entries.add(json.readTree(line));
      }
    }
    return entries;
  }

  /** The upstream block with its server lines replaced; its other directives kept. */
  static String withServers(String config, String upstream, List<String> servers) {
    Matcher block = Pattern.compile("upstream\\s+" + upstream + "\\s*\\{([^}]*)}").matcher(config);
    if (!block.find()) {
      throw new IllegalStateException("upstreams.conf has no upstream " + upstream);
    }
    String body = block.group(1).replaceAll("(?m)^\\s*server\\s[^;]*;\\s*\\n", "");
    StringBuilder lines = new StringBuilder();
    servers.forEach(server -> lines.append("  server ").append(server).append(";\n"));
    String replaced = "upstream " + upstream + " {\n" + lines + body.stripLeading() + "}";
    return config.substring(0, block.start()) + replaced + config.substring(block.end());
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
    }
  }

  @Override
  public void close() {
    nginx.stop();
  }
}
