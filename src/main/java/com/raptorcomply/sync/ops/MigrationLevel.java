package com.raptorcomply.sync.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether Flyway would have nothing to do: the schema history (where {@code spring.flyway.*} puts it) holds no
 * failed migration and reaches the newest versioned migration on the classpath. Read without starting Flyway,
 * whose classpath scan and validation cost about as much as {@code status} itself. Anything this cannot judge
 * (another location type, repeatable migrations, no history table) counts as "not current": the caller then
 * lets Flyway decide.
 */
final class MigrationLevel {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__[^/]*\\.sql");
    private static final String CLASSPATH = "classpath:";

    private final List<String> locations;
    private final Optional<String> schema;
    private final String table;

    MigrationLevel(CommandSettings settings) {
        locations = Arrays.stream(settings.setting("spring.flyway.locations").orElse("classpath:db/migration")
                .split(",")).map(String::strip).toList();
        schema = settings.setting("spring.flyway.default-schema").or(() -> settings.setting("spring.flyway.schemas")
                .map(schemas -> schemas.split(",")[0].strip()));
        table = settings.setting("spring.flyway.table").orElse("flyway_schema_history");
    }

    /** The newest versioned migration this build ships, empty when the locations cannot be judged. */
    Optional<MigrationVersion> shipped() {
        List<MigrationVersion> versions = new ArrayList<>();
        for (String location : locations) {
            if (!location.startsWith(CLASSPATH)) {
                return Optional.empty();
            }
            for (String name : names(location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", ""))) {
                Matcher versioned = VERSIONED.matcher(name);
                if (versioned.matches()) {
                    versions.add(MigrationVersion.fromVersion(versioned.group(1)));
                } else if (REPEATABLE.matcher(name).matches()) {
                    return Optional.empty();
                }
            }
        }
        return versions.stream().max(MigrationVersion::compareTo);
    }

    /** The history table exists, records no failure, and reaches {@code shipped}. */
    boolean reached(Connection connection, MigrationVersion shipped) throws SQLException {
        String historySchema = schema.isPresent() ? schema.get() : currentSchema(connection);
        if (!exists(connection, historySchema)) {
            return false;
        }
        String sql = "SELECT version, success FROM " + quoted(historySchema) + "." + quoted(table)
                + " WHERE version IS NOT NULL";
        MigrationVersion applied = null;
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString("version"));
                applied = applied == null || version.compareTo(applied) > 0 ? version : applied;
            }
        }
        return applied != null && applied.compareTo(shipped) >= 0;
    }

    private boolean exists(Connection connection, String historySchema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT to_regclass(format('%I.%I', ?::text, ?::text)) IS NOT NULL")) {
            statement.setString(1, historySchema);
            statement.setString(2, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
                ResultSet row = statement.executeQuery()) {
            return row.next() && row.getString(1) != null ? row.getString(1) : "public";
        }
    }

    private static List<String> names(String path) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + path + "/**/*.sql");
            return Arrays.stream(found).map(Resource::getFilename).filter(name -> name != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations under " + path, e);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
