package org.reservoir.infrastructure.region;

/**
 * Recruitment's region directory topic as every context names it: recruitment publishes on it, the others keep a
 * {@link RegionProjection} of it. Contract: docs/events/recruitment.region.v1.schema.json.
 */
public final class RegionTopic {

    public static final String NAME = "recruitment.region.v1";
    /** Every region event's CloudEvents type starts so (created, updated, deactivated). */
    public static final String TYPE_PREFIX = "reservoir.recruitment.region.";

    private RegionTopic() {
    }
}
