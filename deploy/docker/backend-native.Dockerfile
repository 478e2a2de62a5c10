# Backend, native executable, built in the Mandrel builder image. Build context: the repository root.
FROM quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-21 AS build
USER root
ARG MAVEN_VERSION=3.9.9
RUN curl -fsSL "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/${MAVEN_VERSION}/apache-maven-${MAVEN_VERSION}-bin.tar.gz" \
    | tar -xz -C /opt && ln -s /opt/apache-maven-${MAVEN_VERSION}/bin/mvn /usr/local/bin/mvn
WORKDIR /build
COPY pom.xml .
COPY backend/ backend/
COPY deploy/local/ deploy/local/
# The aggregator lists this module too; its pom is enough for "-pl backend -am".
COPY deploy/it/pom.xml deploy/it/pom.xml
RUN mvn -B -ntp -Pnative -DskipTests -Dspotless.check.skip=true -pl backend -am package

FROM quay.io/quarkus/ubi9-quarkus-micro-image:2.0
WORKDIR /work/
RUN chown 1001 /work && chmod "g+rwX" /work && chown 1001:root /work
COPY --from=build --chown=1001:root --chmod=0755 /build/backend/target/*-runner /work/application
ENV TZ=Asia/Shanghai
EXPOSE 8080
USER 1001
ENTRYPOINT ["./application", "-Dquarkus.http.host=0.0.0.0"]
