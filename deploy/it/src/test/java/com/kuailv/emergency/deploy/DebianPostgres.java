package com.kuailv.emergency.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's PostgreSQL 15, whose pg_dump and pg_restore match its server (the embedded PostgreSQL 17
 * ships no client tools). Run as the {@code postgres} user when the tests run as root.
 */
final class DebianPostgres implements AutoCloseable {
  static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  final Path dir;
  final int port = Ports.free();

  DebianPostgres(Path dir) throws IOException, InterruptedException {
    this.dir = dir;
    Files.createDirectories(dir);
    // The server runs as postgres, which must be able to reach its folder.
    Files.setPosixFilePermissions(dir.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    asOwner("chown", "-R", "postgres:postgres", dir.toString());
    asPostgres(
        BIN.resolve("initdb").toString(),
        "-D",
        dir.resolve("data").toString(),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8");
    asPostgres(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        dir.resolve("data").toString(),
        "-l",
        dir.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
        "-w",
        "start");
  }

  /** The libpq environment for connecting as {@code user}. */
  Map<String, String> env(String user, String database) {
    return Map.of(
        "PGHOST",
        "127.0.0.1",
        "PGPORT",
        String.valueOf(port),
        "PGUSER",
        user,
        "PGPASSWORD",
        "kuailv",
        "PGDATABASE",
        database,
        "PG_BIN",
        BIN.toString());
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private void asPostgres(String... command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (root()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    Shell.run(full, Map.of(), dir.getParent());
  }

  private void asOwner(String... command) throws IOException, InterruptedException {
    if (root()) {
      Shell.run(List.of(command), Map.of(), dir.getParent());
    }
  }

  @Override
  public void close() throws Exception {
    asPostgres(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        dir.resolve("data").toString(),
        "-m",
        "fast",
        "-w",
        "stop");
  }
}
