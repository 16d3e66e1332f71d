package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A reserve's personal development plan (一人一策): goals, planned training and planned practice posts. One per reserve. */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan extends PanacheEntityBase {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> goals;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "planned_training")
    public List<String> plannedTraining;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "planned_practice_posts")
    public List<String> plannedPracticePosts;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static DevelopmentPlan draw(Reserve reserve, int year, List<String> goals, List<String> training, List<String> posts,
                                       OffsetDateTime now) {
        DevelopmentPlan p = new DevelopmentPlan();
        p.candidateId = reserve.candidateId;
        p.villageCode = reserve.villageCode;
        p.createdAt = now;
        p.change(year, goals, training, posts, now);
        return p;
    }

    public void change(int year, List<String> goals, List<String> training, List<String> posts, OffsetDateTime now) {
        this.year = year;
        this.goals = List.copyOf(goals);
        this.plannedTraining = List.copyOf(training);
        this.plannedPracticePosts = List.copyOf(posts);
        this.updatedAt = now;
    }
}
