package nl.vaardig.web.demo;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code demo_seed}: which demo data set this database has received (seeding runs once per data folder). */
@Repository
class DemoSeedMarker {

    static final String DATA_SET = "vaardig-demo";

    private final JdbcClient jdbc;

    DemoSeedMarker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> seededVersion() {
        return jdbc.sql("select seed_version from demo_seed where data_set = ?").param(DATA_SET)
                .query(String.class).optional();
    }

    void record(String seedVersion) {
        jdbc.sql("""
                insert into demo_seed (data_set, seed_version) values (?, ?)
                on conflict (data_set) do update set seed_version = excluded.seed_version, seeded_at = now()
                """).params(DATA_SET, seedVersion).update();
    }
}
