package org.reservoir.training;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.reservoir.infrastructure.testing.RegionProjectionContract;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

/** training-service keeps the shared region projection (reservoir.projection=region). */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RegionProjectionTest extends RegionProjectionContract {
}
