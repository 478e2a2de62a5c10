package com.kuailv.emergency.spa;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves a built SPA from a directory on the same origin as the API (the local run). In a
 * deployment the gateway serves the SPA and this stays off.
 */
@ApplicationScoped
public class SpaRoutes {
  private static final Logger LOG = Logger.getLogger(SpaRoutes.class);

  @ConfigProperty(name = "kuailv.spa.dir")
  Optional<String> spaDir;

  @ConfigProperty(name = "kuailv.spa.oidc-authority")
  Optional<String> oidcAuthority;

  @ConfigProperty(name = "kuailv.spa.oidc-client-id")
  String oidcClientId;

  void install(@Observes Router router) {
    if (spaDir.isEmpty() || spaDir.get().isBlank()) {
      return;
    }
    Path root = Path.of(spaDir.get()).toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("index.html"))) {
      LOG.warnf("No SPA at %s (index.html missing); only the API is served", root);
      return;
    }
    String config =
        new JsonObject()
            .put("oidcAuthority", oidcAuthority.orElse(""))
            .put("oidcClientId", oidcClientId)
            .encode();
    router
        .get("/config.json")
        .handler(
            ctx ->
                ctx.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store")
                    .end(config));
    StaticHandler files =
        StaticHandler.create(FileSystemAccess.ROOT, root.toString())
            .setCachingEnabled(false)
            .setIndexPage("index.html");
    router.routeWithRegex(HttpMethod.GET, "/assets/.*").handler(files);
    router
        .routeWithRegex(HttpMethod.GET, "/(?!api/|q/)[^.]*")
        .handler(
            ctx -> {
              ctx.response().putHeader("Cache-Control", "no-cache");
              ctx.response().sendFile(root.resolve("index.html").toString());
            });
    router.routeWithRegex(HttpMethod.GET, "/(?!api/|q/)[^/]+\\.[a-z0-9]+").handler(files);
    LOG.infof("Serving the SPA from %s", root);
  }
}
