package com.raptorcomply.sync.bench;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * {@code FreshDatabase ADMIN_JDBC_URL NAME}: drops database NAME if it is there and creates it empty, then prints
 * its JDBC URL, so each benchmark size starts from a warehouse that has never seen a sync.
 */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 2 || !args[1].matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("usage: FreshDatabase ADMIN_JDBC_URL NAME (NAME: lower case, digits, _)");
        }
        try (var connection = DriverManager.getConnection(args[0], "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + args[1] + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + args[1]);
        }
        System.out.println(args[0].substring(0, args[0].lastIndexOf('/') + 1) + args[1]);
    }
}
