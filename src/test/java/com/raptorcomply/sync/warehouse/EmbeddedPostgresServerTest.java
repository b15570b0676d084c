package com.raptorcomply.sync.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() {
        try (var server = EmbeddedPostgresServer.start(dataDirectory)) {
            JdbcClient.create(server.dataSource()).sql("CREATE TABLE kept AS SELECT 'still here' AS note").update();
        }

        try (var server = EmbeddedPostgresServer.start(dataDirectory)) {
            var dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl());
            dataSource.setUser(server.username());
            dataSource.setPassword(server.password());

            assertThat(JdbcClient.create(dataSource).sql("SELECT note FROM kept").query(String.class).single())
                    .isEqualTo("still here");
            assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://localhost:");
        }
    }
}
