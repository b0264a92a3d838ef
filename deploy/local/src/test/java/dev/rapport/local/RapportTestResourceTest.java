package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RapportTestResourceTest {

  @Test
  void givesEachApplicationAFreshDatabaseAndTheSharedBrokerAndKeys() throws Exception {
    RapportTestResource resource = new RapportTestResource();
    resource.init(Map.of("service", "demo-service"));

    Map<String, String> first = resource.start();
    Map<String, String> second = resource.start();

    assertThat(first)
        .containsKeys("quarkus.datasource.jdbc.url", "mp.jwt.verify.publickey.location")
        .containsEntry("quarkus.datasource.username", "postgres")
        .containsEntry("quarkus.datasource.password", "postgres")
        .containsEntry("kafka.bootstrap.servers", RapportTestResource.bootstrapServers())
        .containsEntry("mp.jwt.verify.issuer", "rapport-local");
    assertThat(first.get("quarkus.datasource.jdbc.url")).contains("/demo_service_");
    assertThat(second.get("quarkus.datasource.jdbc.url"))
        .isNotEqualTo(first.get("quarkus.datasource.jdbc.url"))
        .isEqualTo(RapportTestResource.jdbcUrl());
    assertThat(currentDatabase(RapportTestResource.jdbcUrl()))
        .isEqualTo(
            RapportTestResource.jdbcUrl()
                .substring(RapportTestResource.jdbcUrl().lastIndexOf('/') + 1));

    SignedJwt token = SignedJwt.parse(RapportTestResource.token("carol", "lead"));
    assertThat(token.claims()).containsEntry("upn", "carol");
    assertThat(token.verifiesWith(Path.of(first.get("mp.jwt.verify.publickey.location")))).isTrue();
  }

  @Test
  void stopsAndRestartsTheBrokerOnTheSamePort() {
    int port = URI.create("kafka://" + RapportTestResource.bootstrapServers()).getPort();

    RapportTestResource.stopKafka();
    assertThat(Ports.accepts(port)).isFalse();
    RapportTestResource.startKafka();

    assertThat(Ports.accepts(port)).isTrue();
    assertThat(RapportTestResource.bootstrapServers()).endsWith(":" + port);
  }

  private static String currentDatabase(String jdbcUrl) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select current_database()")) {
      result.next();
      return result.getString(1);
    }
  }
}
