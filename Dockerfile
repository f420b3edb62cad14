# geokg application image, built from this repository (docker compose build).
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN mvn -q -B dependency:go-offline
COPY src src
COPY cypher cypher
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app geokg
WORKDIR /app
COPY --from=build /src/target/geokg.jar /app/geokg.jar
USER geokg
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx4g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-jar", "/app/geokg.jar"]
CMD ["serve"]
