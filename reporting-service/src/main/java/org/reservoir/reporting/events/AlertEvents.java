package org.reservoir.reporting.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Alerts on {@value #TOPIC}, keyed by alert id, so other systems can notify people.
 * Contract: docs/events/reporting.alert.v1.schema.json.
 */
public final class AlertEvents {

    public static final String TOPIC = "reporting.alert.v1";
    public static final String RAISED = "reservoir.reporting.alert.raised";
    public static final String RESOLVED = "reservoir.reporting.alert.resolved";

    private AlertEvents() {
    }

    /** The alert's whole state: raised (resolvedAt null) or resolved. */
    @Schema(name = "Alert", description = "An alert: raised once when its cause appears, resolved when the cause goes away")
    public record AlertSnapshot(UUID alertId, String kind, String subject, String countyCode, String townshipCode, String villageCode,
                                OffsetDateTime raisedAt, OffsetDateTime resolvedAt, Map<String, Object> details, long version) {
    }
}
