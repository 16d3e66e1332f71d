package org.reservoir.infrastructure.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;

/**
 * Documents the errors every operation of a kind can answer, so resources declare only their domain
 * ones (409, 422): every operation is secured (401, 403, replacing the bare ones Quarkus adds) and answers in the formats
 * it names (406), takes input that can be malformed (400), break the rules every text and date is held to (422), be too
 * large (413) or of another type (415), names a resource in its path (404) or updates with If-Match (412, 428); and the
 * 500 nobody wants.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardErrorsFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            add(responses, "400", "BadRequest");
            // Text and dates anywhere in the input are held to rules (NUL, broken Unicode, dates out of range): 422.
            add(responses, "422", "UnprocessableContent");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "PayloadTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        add(responses, "406", "NotAcceptable");
        add(responses, "401", "Unauthorized");
        add(responses, "403", "Forbidden");
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            add(responses, "404", "NotFound");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "PreconditionFailed");
            add(responses, "428", "PreconditionRequired");
        }
        add(responses, "500", "InternalError");
        return operation;
    }

    private static void add(APIResponses responses, String code, String ref) {
        var existing = responses.getAPIResponse(code);
        if (existing == null || existing.getRef() == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }
}
