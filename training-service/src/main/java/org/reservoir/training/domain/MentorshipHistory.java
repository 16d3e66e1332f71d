package org.reservoir.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.HistoryLine;

import java.util.UUID;

/** One line of a pair's history: started or ended ({@link Mentorship.Action}), by whom in which role, why and when. */
@Entity
@Table(name = "mentorship_history")
public class MentorshipHistory extends HistoryLine {

    @Column(name = "pair_id")
    public UUID pairId;

    public static MentorshipHistory of(UUID pairId, AuditLine line) {
        MentorshipHistory h = new MentorshipHistory();
        h.pairId = pairId;
        h.record(line);
        return h;
    }
}
