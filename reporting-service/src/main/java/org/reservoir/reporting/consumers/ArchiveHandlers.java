package org.reservoir.reporting.consumers;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.reporting.application.ArchiveLines;
import org.reservoir.reporting.application.ArchiveProjection;
import org.reservoir.reporting.events.ArchiveTopics;
import org.reservoir.reporting.events.CultivationTopics;
import org.reservoir.reporting.events.RecruitmentTopics;

/**
 * The growth archive's subscriptions: one {@link Archive} handler per topic of {@link ArchiveLines#topics()}, beside the reports'
 * own handlers of the same topics (each event is applied by all of them in one transaction). Each hands every event of its topic
 * to {@link ArchiveProjection}, which makes the lines by the event's type. The consumer takes one handler bean per topic, so each
 * topic is one producer line here ({@code ArchiveTimelineTest} checks they are exactly the rules' topics).
 */
@Singleton
public class ArchiveHandlers {

    /** Every event of {@code topic} to the archive. */
    public record Archive(ArchiveProjection archive, String topic) implements EventHandler {
        @Override
        public void handle(EventEnvelope event) {
            archive.apply(event);
        }
    }

    @Produces @Singleton @Identifier("archive " + RecruitmentTopics.CANDIDATE)
    Archive candidates(ArchiveProjection archive) {
        return new Archive(archive, RecruitmentTopics.CANDIDATE);
    }

    @Produces @Singleton @Identifier("archive " + ArchiveTopics.EVALUATION)
    Archive evaluations(ArchiveProjection archive) {
        return new Archive(archive, ArchiveTopics.EVALUATION);
    }

    @Produces @Singleton @Identifier("archive " + CultivationTopics.APPRAISAL)
    Archive appraisals(ArchiveProjection archive) {
        return new Archive(archive, CultivationTopics.APPRAISAL);
    }

    @Produces @Singleton @Identifier("archive " + CultivationTopics.MENTORSHIP)
    Archive mentorships(ArchiveProjection archive) {
        return new Archive(archive, CultivationTopics.MENTORSHIP);
    }

    @Produces @Singleton @Identifier("archive " + CultivationTopics.ATTENDANCE)
    Archive attendances(ArchiveProjection archive) {
        return new Archive(archive, CultivationTopics.ATTENDANCE);
    }

    @Produces @Singleton @Identifier("archive " + CultivationTopics.PRACTICE)
    Archive practice(ArchiveProjection archive) {
        return new Archive(archive, CultivationTopics.PRACTICE);
    }

    @Produces @Singleton @Identifier("archive " + ArchiveTopics.EDUCATION)
    Archive education(ArchiveProjection archive) {
        return new Archive(archive, ArchiveTopics.EDUCATION);
    }
}
