package org.reservoir.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.reservoir.infrastructure.testing.RegionProjectionContract;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

/** reporting-service keeps the shared region projection (reservoir.projection=region). */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RegionProjectionTest extends RegionProjectionContract {
}
