package org.reservoir.recruitment.jobs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database whose service migrations are past an infrastructure migration (V0_x) still receives it: the shared
 * configuration applies infrastructure migrations out of order. Without it Flyway would refuse to start.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class InfrastructureMigrationsTest {

    @Inject
    AgroalDataSource db;

    /** The service's own Flyway, configured by the shared settings. */
    @Inject
    Flyway service;

    @Test
    void anInfrastructureMigrationReachesADatabaseAlreadyPastIt() throws Exception {
        String schema = "existing_" + UUID.randomUUID().toString().replace("-", "");
        // A service database migrated before the infrastructure migrations existed: V1, V2... only.
        Flyway.configure().dataSource(db).schemas(schema).createSchemas(true).locations("classpath:db/migration").load().migrate();

        Flyway strict = Flyway.configure().dataSource(db).schemas(schema).locations("classpath:db/migration", "classpath:db/reservoir-infrastructure").load();
        assertThrows(FlywayException.class, strict::migrate, "in order, Flyway refuses migrations below the current version");

        Flyway shared = Flyway.configure().configuration(service.getConfiguration()).schemas(schema).defaultSchema(schema).load();
        assertTrue(shared.migrate().migrationsExecuted >= 2, "V0_1 and V0_2 applied after V3");
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "select count(*) from information_schema.tables where table_schema = '" + schema + "' and table_name in ('job', 'outbox_event')")) {
            r.next();
            assertEquals(2, r.getInt(1));
        }
    }
}
