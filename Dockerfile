# syntax=docker/dockerfile:1
# Multi-stage build of the Vaardig app image: build with Maven (JDK 25) and Node 20, run on a JRE
# as a non-root user.
FROM node:20-bookworm-slim AS node

FROM eclipse-temurin:25-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
WORKDIR /src
COPY . .
# the engine snapshots shipped for a first start into a data folder (./vaardig run) are left out: the image runs
# without a data folder, so it would never read them
RUN ./mvnw -B -q package -DskipTests -Dvaardig.engine-snapshots.skip=true

FROM eclipse-temurin:25-jre AS runtime
RUN groupadd --system vaardig && useradd --system --gid vaardig --home-dir /app --shell /usr/sbin/nologin vaardig
WORKDIR /app
COPY --from=build --chown=vaardig:vaardig /src/web-api/target/vaardig.jar /app/vaardig.jar
USER vaardig
EXPOSE 8080
# lz4-java (Kafka compression) uses sun.misc.Unsafe on purpose: allowed without the JDK 25 start-up warning
ENTRYPOINT ["java", "--sun-misc-unsafe-memory-access=allow", "-jar", "/app/vaardig.jar"]
