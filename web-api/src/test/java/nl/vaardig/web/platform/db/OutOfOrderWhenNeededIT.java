package nl.vaardig.web.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.vaardig.local.embedded.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway's out-of-order mode only for the migrate call that needs it (a migration numbered below an applied one), on a
 * real PostgreSQL: an empty database and a database without such a migration migrate in order, without the mode.
 */
class OutOfOrderWhenNeededIT {

    @TempDir
    Path work;

    @Test
    void outOfOrderOnlyForAMigrationNumberedBelowAnAppliedOne() throws Exception {
        try (var postgres = new EmbeddedPostgresServer(work.resolve("pg"), 0)) {
            postgres.start();

            var first = OutOfOrderWhenNeeded.migrate(flyway(postgres, "schema_a", "first"));
            assertThat(first.outOfOrder()).as("an empty database").isEmpty();
            assertThat(first.result().migrationsExecuted).isEqualTo(2);

            var again = OutOfOrderWhenNeeded.migrate(flyway(postgres, "schema_a", "first"));
            assertThat(again.outOfOrder()).as("a restart without new migrations").isEmpty();
            assertThat(again.result().migrationsExecuted).isZero();

            var later = OutOfOrderWhenNeeded.migrate(flyway(postgres, "schema_a", "first", "later"));
            assertThat(later.outOfOrder()).as("V2 lands after V3 ran").containsExactly("2");
            assertThat(later.result().migrationsExecuted).isEqualTo(1);
            assertThat(appliedInOrder(postgres, "schema_a")).containsExactly("1", "3", "2");

            var settled = OutOfOrderWhenNeeded.migrate(flyway(postgres, "schema_a", "first", "later"));
            assertThat(settled.outOfOrder()).as("the next start").isEmpty();
            assertThat(settled.result().migrationsExecuted).isZero();

            var fresh = OutOfOrderWhenNeeded.migrate(flyway(postgres, "schema_b", "first", "later"));
            assertThat(fresh.outOfOrder()).as("all three on an empty database").isEmpty();
            assertThat(appliedInOrder(postgres, "schema_b")).containsExactly("1", "2", "3");
        }
    }

    private static Flyway flyway(EmbeddedPostgresServer postgres, String schema, String... folders) {
        String[] locations = new String[folders.length];
        for (int i = 0; i < folders.length; i++) {
            locations[i] = "classpath:db/out-of-order/" + folders[i];
        }
        return Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), "").schemas(schema)
                .locations(locations).outOfOrder(false).load();
    }

    private static List<String> appliedInOrder(EmbeddedPostgresServer postgres, String schema) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version from " + schema
                     + ".flyway_schema_history where success and version is not null order by installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
