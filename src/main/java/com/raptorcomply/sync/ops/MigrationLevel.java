package com.raptorcomply.sync.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
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
    Optional<Version> shipped() {
        List<Version> versions = new ArrayList<>();
        for (String location : locations) {
            if (!location.startsWith(CLASSPATH)) {
                return Optional.empty();
            }
            for (String name : names(location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", ""))) {
                Matcher versioned = VERSIONED.matcher(name);
                if (versioned.matches()) {
                    versions.add(Version.parse(versioned.group(1)));
                } else if (REPEATABLE.matcher(name).matches()) {
                    return Optional.empty();
                }
            }
        }
        return versions.stream().max(Version::compareTo);
    }

    /** The history table exists, records no failure, and reaches {@code shipped}. */
    boolean reached(Connection connection, Version shipped) throws SQLException {
        String historySchema = schema.isPresent() ? schema.get() : currentSchema(connection);
        if (!exists(connection, historySchema)) {
            return false;
        }
        String sql = "SELECT version, success FROM " + quoted(historySchema) + "." + quoted(table)
                + " WHERE version IS NOT NULL";
        Version applied = null;
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                Version version = Version.parse(rows.getString("version"));
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

    /** A Flyway version: numbers separated by dots (underscores in file names), trailing zeros insignificant. */
    record Version(List<BigInteger> parts) implements Comparable<Version> {

        static Version parse(String text) {
            return new Version(Arrays.stream(text.split("[._]")).map(BigInteger::new).toList());
        }

        @Override
        public int compareTo(Version other) {
            for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
                int order = part(i).compareTo(other.part(i));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }

        private BigInteger part(int index) {
            return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
        }
    }
}
