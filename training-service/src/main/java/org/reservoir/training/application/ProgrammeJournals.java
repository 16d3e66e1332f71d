package org.reservoir.training.application;

import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.training.domain.EducationRecord;
import org.reservoir.training.domain.EducationStatus;
import org.reservoir.training.domain.Enrolment;
import org.reservoir.training.domain.PracticeAssignment;
import org.reservoir.training.domain.TrainingHistory;
import org.reservoir.training.events.ProgrammeEvents;

/**
 * Where the transitions of enrolments, practice assignments and education records write their history, and what they
 * publish: a practice post's start and end, an education upgrade's completion; an enrolment's changes are history only.
 */
final class ProgrammeJournals {

    private ProgrammeJournals() {
    }

    static final Journal<Enrolment> ENROLMENT = new Journal<>() {
        @Override
        public void write(Enrolment e, AuditLine line) {
            TrainingHistory.of(TrainingHistory.Subject.ENROLMENT, e.id, line).persist();
        }

        @Override
        public Event event(Enrolment e, AuditLine line) {
            return null;
        }
    };

    static final Journal<PracticeAssignment> PRACTICE = new Journal<>() {
        @Override
        public void write(PracticeAssignment a, AuditLine line) {
            TrainingHistory.of(TrainingHistory.Subject.PRACTICE, a.id, line).persist();
        }

        @Override
        public Event event(PracticeAssignment a, AuditLine line) {
            String type = switch (a.status()) {
                case ACTIVE -> ProgrammeEvents.PRACTICE_STARTED;
                case ENDED -> ProgrammeEvents.PRACTICE_ENDED;
                default -> null;
            };
            return type == null ? null : new Event(ProgrammeEvents.PRACTICE_TOPIC, type, a.id.toString(), ProgrammeEvents.PracticeSnapshot.of(a));
        }
    };

    static final Journal<EducationRecord> EDUCATION = new Journal<>() {
        @Override
        public void write(EducationRecord r, AuditLine line) {
            TrainingHistory.of(TrainingHistory.Subject.EDUCATION, r.id, line).persist();
        }

        @Override
        public Event event(EducationRecord r, AuditLine line) {
            return r.status() != EducationStatus.COMPLETED ? null
                    : new Event(ProgrammeEvents.EDUCATION_TOPIC, ProgrammeEvents.EDUCATION_COMPLETED, r.candidateId.toString(),
                    ProgrammeEvents.EducationCompleted.of(r));
        }
    };
}
