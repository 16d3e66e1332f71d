package org.reservoir.infrastructure.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every operation is secured, so every operation documents 401 and 403 as problem+json (replacing the
 * bare ones Quarkus adds for secured methods), and the 500 nobody wants.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardErrorsFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        add(responses, "401", "Unauthorized");
        add(responses, "403", "Forbidden");
        if (responses.getAPIResponse("500") == null) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().description("Unexpected failure (problem+json without internals)"));
        }
        return operation;
    }

    private static void add(APIResponses responses, String code, String ref) {
        var existing = responses.getAPIResponse(code);
        if (existing == null || existing.getRef() == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }
}
