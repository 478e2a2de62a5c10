package com.kuailv.emergency.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The Keycloak distribution unpacked by the build, copied into the stack's home so that each home
 * (the local run, a test run) has its own data and build state.
 */
public final class KeycloakDistribution {
  private KeycloakDistribution() {}

  public static Path prepare(Path root, Path target) throws IOException {
    Path unpacked = unpackedDistribution(root.resolve("deploy/local/target"));
    Path marker = target.resolve(".copied-from");
    String source = unpacked.getFileName().toString();
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(source)) {
      return target;
    }
    deleteTree(target);
    copyTree(unpacked, target);
    target.resolve("bin/kc.sh").toFile().setExecutable(true);
    Files.writeString(marker, source);
    return target;
  }

  /** Imports the realm afresh at each start: demo data only, with fixed user ids. */
  public static void resetRealm(Path dist, Path realmFile) throws IOException {
    deleteTree(dist.resolve("data/h2"));
    Path imports = Files.createDirectories(dist.resolve("data/import"));
    Files.copy(
        realmFile, imports.resolve("kuailv-realm.json"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Path unpackedDistribution(Path buildDir) throws IOException {
    try (Stream<Path> entries = Files.list(buildDir)) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith("keycloak-"))
          .filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh")))
          .findFirst()
          .orElseThrow(
              () ->
                  new IOException(
                      "No Keycloak under " + buildDir + ": build with 'mvn -DskipTests package'"));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(buildDir + " is missing: build with 'mvn -DskipTests package'");
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(
          path -> {
            Path destination = to.resolve(from.relativize(path).toString());
            try {
              if (Files.isDirectory(path)) {
                Files.createDirectories(destination);
              } else {
                Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
