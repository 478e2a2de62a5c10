package com.kuailv.emergency.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The backup scripts of {@code deploy/backup} against a real PostgreSQL holding the platform's
 * schema: write, back up, wipe, restore, and the data is identical; a damaged dump is refused.
 */
class BackupRestoreTest {
  private final Path root = Path.of("../..").toAbsolutePath().normalize();
  private final Path scripts = root.resolve("deploy/backup");

  @Test
  void backupWipeRestoreGivesIdenticalDataAndADamagedDumpIsRefused() throws Exception {
    Path work = Files.createTempDirectory("kuailv-backup");
    try (DebianPostgres postgres = new DebianPostgres(work.resolve("pg"))) {
      Map<String, String> admin = postgres.env("postgres", "postgres");
      psql(admin, "create role kuailv login createdb password 'kuailv'");
      psql(admin, "create database kuailv owner kuailv");
      Map<String, String> app = postgres.env("kuailv", "kuailv");
      for (Path migration : migrations()) {
        Shell.run(
            List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", migration.toString()),
            app,
            root);
      }
      psql(
          app,
          "insert into integration (name, type, key_hash, key_hint, created_at, key_rotated_at)"
              + " select '仓储系统 ' || i, 'EVENTS', md5(i::text), 'k…', now(), now()"
              + " from generate_series(1, 20) i");
      psql(
          app,
          "insert into alert (integration_id, dedup_key, group_key, status, severity, summary,"
              + " source, details, count, first_seen_at, last_seen_at)"
              + " select (select min(id) from integration) + i % 20, 'k' || i, 'g' || i % 7,"
              + " 'OPEN', 'WARNING', '库存同步延迟 ' || i, 'wms', jsonb_build_object('lag', i),"
              + " i, now(), now() from generate_series(1, 2000) i");
      String before = manifest(app);

      Path backups = Files.createDirectories(work.resolve("backups"));
      Map<String, String> backupEnv = new HashMap<>(app);
      backupEnv.put("BACKUP_DIR", backups.toString());
      Shell.run(List.of(scripts.resolve("backup.sh").toString()), backupEnv, root);
      Path dump = only(backups, ".dump");
      assertEquals(before, body(Path.of(dump + ".tables")), "the manifest describes the data");

      psql(admin, "drop database kuailv with (force)");
      Shell.run(List.of(scripts.resolve("restore.sh").toString(), dump.toString()), app, root);
      assertEquals(before, manifest(app), "restored data is identical, table by table");
      assertTrue(
          psql(app, "select count(*) from alert where summary like '库存同步延迟%'").contains("2000"));

      String drill =
          Shell.run(
              List.of(scripts.resolve("verify-restore.sh").toString(), dump.toString()), app, root);
      assertTrue(drill.contains("VERIFY OK"), drill);

      byte[] bytes = Files.readAllBytes(dump);
      bytes[bytes.length / 2] ^= (byte) 0xff;
      Files.write(dump, bytes);
      Shell.Result refused =
          Shell.exec(List.of(scripts.resolve("restore.sh").toString(), dump.toString()), app, root);
      assertEquals(3, refused.exitCode(), "a damaged dump is refused: " + refused.output());
      assertEquals(before, manifest(app), "and the database is untouched");
      assertNotEquals("", before);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private List<Path> migrations() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("backend/src/main/resources/db/migration"))) {
      return files
          .filter(path -> path.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted(
              Comparator.comparingInt(
                  path ->
                      Integer.parseInt(path.getFileName().toString().split("__")[0].substring(1))))
          .toList();
    }
  }

  private String manifest(Map<String, String> env) throws Exception {
    return Shell.run(
            List.of("bash", "-c", ". deploy/backup/lib.sh && kl_manifest \"$PGDATABASE\""),
            env,
            root)
        .strip();
  }

  private static String body(Path manifest) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(manifest)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        lines.add(line);
      }
    }
    return String.join("\n", lines).strip();
  }

  private static Path only(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(path -> path.toString().endsWith(suffix)).toList();
      assertEquals(1, found.size(), "one " + suffix + " in " + dir);
      return found.get(0);
    }
  }

  private static String psql(Map<String, String> env, String sql) throws Exception {
    return Shell.run(
        List.of("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql),
        env,
        Path.of("."));
  }
}
