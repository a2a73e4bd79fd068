# syntax=docker/dockerfile:1
# Työllisyystalo application image: built from source with Maven, run on a JRE as a non-root user.
#   docker build -t tyollisyystalo .        (docker compose up --build does this for you)
# Configuration comes only from the environment (SPRING_PROFILES_ACTIVE=prod, SPRING_DATASOURCE_*,
# SUOMIFI_*, STAFF_*, ...): see docker-compose.yml and docs/docker-compose.md.

# ---- build ---------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
ENV MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
COPY pom.xml ./
COPY frontend ./frontend
COPY src ./src
# The Maven repository is a BuildKit cache: rebuilds download nothing that did not change.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -Pproduction -DskipTests package \
    && cp target/tyollisyystalo-*.jar /build/app.jar

# ---- run -----------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
# Voikko (Finnish base forms and compound parts for search, loaded through JNA) and DejaVu fonts
# (embedded in PDFs); the application falls back gracefully without Voikko, but search is worse.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libvoikko1 voikko-fi fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 tyollisyystalo \
    && useradd --system --uid 10001 --gid tyollisyystalo --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin tyollisyystalo \
    && mkdir -p /app/data \
    && chown tyollisyystalo:tyollisyystalo /app/data
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED", \
            "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
