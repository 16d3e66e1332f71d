package org.reservoir.training.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.testing.BodylessActionsContract;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.util.List;

@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class BodylessActionsTest extends BodylessActionsContract {

    @Override
    protected String bearer() {
        return TestTokens.bearer(Roles.COUNTY_ADMIN, "652327000000");
    }

    @Override
    protected List<String> actions() {
        return List.of("/api/v1/practice-assignments/%s/start");
    }

    @Override
    protected String bodyOperation() {
        return "/api/v1/mentors";
    }
}
