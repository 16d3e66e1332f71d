package org.reservoir.infrastructure.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * The CloudEvents 1.0 structured-mode JSON envelope of every Reservoir event. {@code correlationid}
 * is a CloudEvents extension attribute carrying the id of the request or event that caused this one;
 * {@code traceparent} (CloudEvents distributed-tracing extension) the W3C trace context of the span that wrote it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "CloudEvents 1.0 JSON envelope of every event on a Reservoir topic")
public record EventEnvelope(
        @Schema(required = true, description = "Unique event id (a time-ordered UUID, version 7; consumers must not rely on the version); consumers de-duplicate on it") String id,
        @Schema(required = true, description = "Always 1.0") String specversion,
        @Schema(required = true, description = "Event type, e.g. reservoir.recruitment.region.created") String type,
        @Schema(required = true, description = "Producing service, e.g. /reservoir/recruitment-service") String source,
        @Schema(required = true, description = "Aggregate id; also the Kafka message key") String subject,
        @Schema(required = true, description = "When the state change happened") OffsetDateTime time,
        @Schema(required = true, description = "Always application/json") String datacontenttype,
        @Schema(description = "Correlation id of the request or event that caused this event") String correlationid,
        @Schema(description = "W3C traceparent of the span that wrote the event; absent when there was none") String traceparent,
        @Schema(required = true, type = SchemaType.OBJECT, implementation = java.util.Map.class, description = "The event payload: the aggregate's snapshot schema named by type "
                + "(RegionSnapshot, CampaignSnapshot, CandidateSnapshot)") JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
}
