package com.kuailv.emergency.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a command to completion and returns its output; fails with the output otherwise. */
final class Shell {
  record Result(int exitCode, String output) {}

  private Shell() {}

  static String run(List<String> command, Map<String, String> env, Path dir)
      throws IOException, InterruptedException {
    Result result = exec(command, env, dir);
    if (result.exitCode() != 0) {
      throw new IOException(
          String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
    }
    return result.output();
  }

  static Result exec(List<String> command, Map<String, String> env, Path dir)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
