package org.reservoir.infrastructure.transitions;

import java.time.OffsetDateTime;
import java.util.Map;

/** One line of an aggregate's history: what was done, from which state to which, by whom in which role, why and when. */
public record AuditLine(Enum<?> action, String from, String to, String actor, String role, String reason,
                        Map<String, Object> details, OffsetDateTime at) {
}
