package org.airisk.workbench.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Where the schema's migrations are: db/migration holds the scripts in SQL that H2 and PostgreSQL both run;
 * db/vendor/NAME the few each database needs in its own SQL (types, dropping a key). Every version is either in
 * db/migration or in each vendor folder, so both databases get the same schema (ADR 0023). The H2 scripts were
 * moved to db/vendor/h2 unchanged: Flyway's checksums are of the content, so existing libraries still validate.
 */
final class Migrations {
    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    private Migrations() {}

    static String[] locations(String vendor) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }

    /** Brings the database behind {@code source} up to date. */
    static void run(DataSource source, String vendor) {
        Flyway.configure()
                .dataSource(source)
                .locations(locations(vendor))
                .load()
                .migrate();
    }
}
