package org.reservoir.training.application;

import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipHistory;
import org.reservoir.training.events.MentorshipEvents;

/** Where a pair's transitions go: a history line and a started/ended snapshot on training.mentorship.v1. */
final class MentorshipJournal implements Journal<Mentorship> {

    static final MentorshipJournal INSTANCE = new MentorshipJournal();

    @Override
    public void write(Mentorship p, AuditLine line) {
        MentorshipHistory.of(p.id, line).persist();
    }

    @Override
    public Event event(Mentorship p, AuditLine line) {
        String type = p.status() == Mentorship.Status.ENDED ? MentorshipEvents.ENDED : MentorshipEvents.STARTED;
        return new Event(MentorshipEvents.TOPIC, type, p.id.toString(), MentorshipEvents.PairSnapshot.of(p));
    }
}
