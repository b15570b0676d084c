package com.raptorcomply.sync.testing;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Where a test database is: what {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD} would say. */
public record DatabaseCoordinates(String url, String username, String password) {

    /** A non-pooling data source: enough for tests, one connection per use. */
    public DataSource toDataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }
}
