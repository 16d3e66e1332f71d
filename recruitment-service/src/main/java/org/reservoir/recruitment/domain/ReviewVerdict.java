package org.reservoir.recruitment.domain;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One joint-review department's verdict (联审意见) on a candidate. */
@Entity
@Table(name = "review_verdict")
public class ReviewVerdict extends PanacheEntityBase {

    @Schema(name = "Verdict", extensions = @Extension(name = "x-label-type", value = "ReviewVerdict.Verdict"))
    public enum Verdict {
        PASS, VETO
    }

    @Embeddable
    public record Key(@Column(name = "candidate_id") UUID candidateId, String department) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public String reason;

    public String reviewer;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public static ReviewVerdict of(UUID candidateId, String department, Verdict verdict, String reason, String reviewer, OffsetDateTime at) {
        ReviewVerdict v = new ReviewVerdict();
        v.key = new Key(candidateId, department);
        v.verdict = verdict;
        v.reason = reason;
        v.reviewer = reviewer;
        v.recordedAt = at;
        return v;
    }
}
