package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details body ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; title and detail follow Accept-Language (zh-CN default, en). "
        + "type is one of the catalogue in docs/problems.md; the members after errors appear only for the problem types named.",
        properties = {
                @SchemaProperty(name = "errorCount", type = SchemaType.INTEGER, minimum = "0",
                        description = "validation, rule-violated: how many field errors there were in all (errors lists at most 50)"),
                @SchemaProperty(name = "currentState", type = SchemaType.STRING, example = "REGISTERED",
                        description = "illegal-transition, illegal-outcome, candidate-closed, override-after-review, campaign-not-open: the state now"),
                @SchemaProperty(name = "allowedActions", type = SchemaType.ARRAY, implementation = String.class,
                        description = "illegal-transition: the actions allowed from currentState"),
                @SchemaProperty(name = "allowedOutcomes", type = SchemaType.ARRAY, implementation = String.class,
                        description = "illegal-outcome: the outcomes the action may have"),
                @SchemaProperty(name = "existingCandidateId", type = SchemaType.STRING, format = "uuid",
                        description = "candidate-exists: the record the same person already has in the county"),
                @SchemaProperty(name = "failedRules", type = SchemaType.ARRAY, implementation = String.class,
                        description = "not-eligible: the eligibility rules still failing"),
                @SchemaProperty(name = "plannedEnd", type = SchemaType.STRING, format = "date",
                        description = "probation-not-over: when the probation ends"),
                @SchemaProperty(name = "existing", type = SchemaType.ARRAY, implementation = String.class,
                        description = "region-exists: the division codes that already exist"),
                @SchemaProperty(name = "problems", type = SchemaType.ARRAY, implementation = String.class,
                        description = "roster-unreadable: what makes the file unreadable")
        })
public record Problem(
        @Schema(description = "URI naming the problem type", example = "https://reservoir.local/problems/validation") String type,
        @Schema(description = "Short, human-readable summary of the problem type", example = "请求参数不合法") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong in this occurrence", example = "name: 不能为空") String detail,
        @Schema(description = "The request path", example = "/api/v1/regions") String instance,
        @Schema(description = "Correlation id of the request, also in the X-Correlation-Id header") String correlationId,
        @Schema(description = "One entry per invalid field, at most 50; errorCount gives the total") List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    /** A field-level error: the field (JSON path), the rule it broke and a localised message. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "committeeSeats") String field,
            @Schema(example = "Min") String rule,
            @Schema(example = "最小不能小于1") String message) {
    }

    /** Problem-specific members such as {@code currentState} and {@code allowedActions}, written at the top level. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://reservoir.local/problems/";
}
