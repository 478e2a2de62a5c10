# Backend, JVM mode (Quarkus fast-jar layout). Build context: the repository root, after
# `mvn -DskipTests package`.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21

ENV LANGUAGE='en_US:en' \
    TZ=Asia/Shanghai \
    JAVA_OPTS_APPEND="-XX:+UseParallelGC -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar"

COPY --chown=185 backend/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 backend/target/quarkus-app/*.jar /deployments/
COPY --chown=185 backend/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 backend/target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
USER 185
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s \
  CMD curl -fsS http://127.0.0.1:8080/q/health/live || exit 1
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
