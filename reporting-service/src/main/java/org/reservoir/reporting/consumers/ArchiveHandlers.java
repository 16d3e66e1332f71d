package org.reservoir.reporting.consumers;

import jakarta.inject.Singleton;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.reporting.application.ArchiveProjection;
import org.reservoir.reporting.events.ArchiveTopics;
import org.reservoir.reporting.events.CultivationTopics;
import org.reservoir.reporting.events.RecruitmentTopics;

/**
 * The growth archive's subscriptions: one handler per topic, beside the reports' own handlers of the same topics (each event
 * is applied by all of them in one transaction). Each hands the event to {@link ArchiveProjection}; singletons, as nothing
 * proxies them.
 */
public final class ArchiveHandlers {

    private ArchiveHandlers() {
    }

    abstract static class Base implements EventHandler {

        private final ArchiveProjection archive;
        private final String topic;

        Base(ArchiveProjection archive, String topic) {
            this.archive = archive;
            this.topic = topic;
        }

        @Override
        public String topic() {
            return topic;
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

    @Singleton
    public static class Candidates extends Base {
        public Candidates(ArchiveProjection archive) {
            super(archive, RecruitmentTopics.CANDIDATE);
        }
    }

    @Singleton
    public static class Evaluations extends Base {
        public Evaluations(ArchiveProjection archive) {
            super(archive, ArchiveTopics.EVALUATION);
        }
    }

    @Singleton
    public static class Appraisals extends Base {
        public Appraisals(ArchiveProjection archive) {
            super(archive, CultivationTopics.APPRAISAL);
        }
    }

    @Singleton
    public static class Mentorships extends Base {
        public Mentorships(ArchiveProjection archive) {
            super(archive, CultivationTopics.MENTORSHIP);
        }
    }

    @Singleton
    public static class Attendances extends Base {
        public Attendances(ArchiveProjection archive) {
            super(archive, CultivationTopics.ATTENDANCE);
        }
    }

    @Singleton
    public static class Practice extends Base {
        public Practice(ArchiveProjection archive) {
            super(archive, CultivationTopics.PRACTICE);
        }
    }

    @Singleton
    public static class Education extends Base {
        public Education(ArchiveProjection archive) {
            super(archive, ArchiveTopics.EDUCATION);
        }
    }
}
