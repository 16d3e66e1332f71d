package org.reservoir.recruitment.api;

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
        return TestTokens.bearer(Roles.COUNTY_ADMIN, "652799000000");
    }

    @Override
    protected List<String> actions() {
        return List.of("/api/v1/campaigns/%s/open", "/api/v1/campaigns/%s/close", "/api/v1/candidates/%s/eligibility/screen");
    }

    @Override
    protected String bodyOperation() {
        return "/api/v1/campaigns";
    }
}
