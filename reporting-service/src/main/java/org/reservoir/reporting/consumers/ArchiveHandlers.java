package org.reservoir.reporting.consumers;

import jakarta.inject.Singleton;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.reporting.application.ArchiveLines;
import org.reservoir.reporting.application.ArchiveProjection;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.util.Set;

/**
 * The growth archive's subscription: every topic an event type of {@link ArchiveLines} makes lines from, beside the reports' own
 * handlers of the same topics (each event is applied by all of them in one transaction). Every event goes to
 * {@link ArchiveProjection}, which makes the lines by the event's type; a singleton, as nothing proxies it.
 */
@Singleton
public class ArchiveHandlers implements EventHandler {

    private final ArchiveProjection archive;

    public ArchiveHandlers(ArchiveProjection archive) {
        this.archive = archive;
    }

    /** Where the reserve's profile comes from; one of {@link #topics()}. */
    @Override
    public String topic() {
        return RecruitmentTopics.CANDIDATE;
    }

    @Override
    public Set<String> topics() {
        return ArchiveLines.topics();
    }

    @Override
    public void handle(EventEnvelope event) {
        archive.apply(event);
    }

    @Override
    public void afterBatch() {
        archive.flush();
    }
}
