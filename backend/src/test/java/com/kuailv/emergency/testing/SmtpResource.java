package com.kuailv.emergency.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free loopback port that the platform's mailer sends to. */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {
  private static GreenMail server;

  /** The server, to read what it received. */
  public static GreenMail server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return Map.of(
        "quarkus.mailer.host",
        "127.0.0.1",
        "quarkus.mailer.port",
        String.valueOf(server.getSmtp().getPort()));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
