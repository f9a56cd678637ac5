package nl.vaardig.web.platform.db;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations are numbered in ranges per feature (platform V1-9, events V10-19, journeys V20-39, labour market V40-49,
 * …), so a feature can land after a higher-numbered migration already ran on a database. Flyway's out-of-order mode
 * applies such a migration, but while the mode is on Flyway warns at every start that migration "may not be
 * reproducible" — on an empty database and on a database without pending migrations too. So the mode is off
 * ({@code spring.flyway.out-of-order: false}) and switched on for the one migrate call that needs it: when a
 * pending migration is numbered below one already applied (Flyway's state {@code IGNORED} while the mode is off).
 * Then the warning is news: this database receives a migration out of order.
 */
@Configuration(proxyBeanMethods = false)
public class OutOfOrderWhenNeeded {

    private static final Logger log = LoggerFactory.getLogger(OutOfOrderWhenNeeded.class);

    /** What a migrate did: Flyway's result, and whether it had to apply migrations out of order. */
    public record Outcome(MigrateResult result, List<String> outOfOrder) {
        public Outcome {
            outOfOrder = List.copyOf(outOfOrder);
        }
    }

    @Bean
    FlywayMigrationStrategy migrateOutOfOrderOnlyWhenNeeded() {
        return OutOfOrderWhenNeeded::migrate;
    }

    /** Migrates {@code flyway}'s database; out of order only if a pending migration is numbered below an applied one. */
    public static Outcome migrate(Flyway flyway) {
        List<String> below = Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getState() == MigrationState.IGNORED)
                .map(MigrationInfo::getVersion).map(String::valueOf).toList();
        if (below.isEmpty()) {
            return new Outcome(flyway.migrate(), below);
        }
        log.info("Migrations {} are numbered below the database's current version (numbered per feature): applied "
                + "out of order", below);
        Flyway outOfOrder = Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration()).outOfOrder(true).load();
        return new Outcome(outOfOrder.migrate(), below);
    }
}
