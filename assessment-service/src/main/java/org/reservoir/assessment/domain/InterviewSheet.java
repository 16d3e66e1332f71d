package org.reservoir.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reservoir.infrastructure.api.Violation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One rater's interview score sheet for one candidate: a score per criterion of the plan's sheet. A rater's new sheet
 * replaces their current one before sealing; the replaced one stays, with {@code supersededAt}, as history.
 */
@Entity
@Table(name = "interview_sheet")
public class InterviewSheet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "candidate_id")
    public UUID candidateId;

    /** The rater's token subject. */
    public String rater;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, BigDecimal> scores;

    public BigDecimal total;

    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    /** Every broken rule of a sheet: each criterion of {@code template} once, no other, each from 0 to its maximum. */
    public static List<Violation> violations(CriteriaTemplate template, Map<String, BigDecimal> scores) {
        List<Violation> out = new ArrayList<>();
        Map<String, CriteriaTemplate.Criterion> known = new LinkedHashMap<>();
        template.criteria().forEach(c -> known.put(c.key(), c));
        scores.forEach((key, score) -> {
            CriteriaTemplate.Criterion c = known.get(key);
            if (c == null) {
                out.add(new Violation("scores." + key, "criterion-unknown", key, template.key()));
            } else if (score == null || score.signum() < 0 || score.compareTo(c.maxScore()) > 0) {
                out.add(new Violation("scores." + key, "score-range", 0, c.maxScore()));
            }
        });
        known.keySet().stream().filter(k -> !scores.containsKey(k)).forEach(k -> out.add(new Violation("scores." + k, "criterion-missing", k)));
        return out;
    }

    public static InterviewSheet of(UUID candidateId, String rater, Map<String, BigDecimal> scores, OffsetDateTime at) {
        InterviewSheet s = new InterviewSheet();
        s.candidateId = candidateId;
        s.rater = rater;
        s.scores = new LinkedHashMap<>(scores);
        s.total = scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        s.enteredAt = at;
        return s;
    }
}
