package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.transitions.Refusal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One session of a programme: when and where, how many hours attending it credits, how many may attend and who
 * teaches. Its check-in code is shown in the room; a phone submitting it inside the {@link CheckInWindow} records
 * attendance.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {

    /** Reserves and sessions are in China: the day a session counts for is its start's date there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final BigDecimal MAX_HOURS = new BigDecimal("24");
    public static final int MAX_CAPACITY = 10_000;

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public String place;

    public BigDecimal hours;

    public int capacity;

    public String trainer;

    @Column(name = "check_in_code")
    public String checkInCode;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public record Draft(OffsetDateTime startsAt, OffsetDateTime endsAt, String place, BigDecimal hours, int capacity, String trainer) {
    }

    /**
     * What stops a session: it must end after it starts, start in the programme's year, credit no more hours than it
     * lasts, and hold at least the reserves already enrolled (409 when the enrolment already exceeds it).
     */
    public static Optional<Refusal> refusal(Draft d, Programme programme, long enrolled) {
        List<Violation> v = new ArrayList<>();
        if (!d.endsAt().isAfter(d.startsAt())) {
            v.add(new Violation("endsAt", "session-ends-before-start", d.startsAt()));
        } else {
            BigDecimal lasts = BigDecimal.valueOf(Duration.between(d.startsAt(), d.endsAt()).toMinutes()).divide(BigDecimal.valueOf(60), 2,
                    java.math.RoundingMode.DOWN);
            if (d.hours().compareTo(lasts) > 0) {
                v.add(new Violation("hours", "session-hours-exceed-length", d.hours(), lasts));
            }
        }
        if (d.startsAt().atZoneSameInstant(ZONE).getYear() != programme.year) {
            v.add(new Violation("startsAt", "session-outside-year", programme.year));
        }
        if (!v.isEmpty()) {
            return Optional.of(Refusal.unprocessable(v));
        }
        if (d.capacity() < enrolled) {
            return Optional.of(Refusal.conflict("capacity-below-enrolment", Map.of("enrolled", enrolled), d.capacity(), enrolled));
        }
        return Optional.empty();
    }

    public static TrainingSession schedule(UUID id, Programme programme, Draft d, String code, OffsetDateTime now) {
        TrainingSession s = new TrainingSession();
        s.id = id;
        s.programmeId = programme.id;
        s.startsAt = d.startsAt();
        s.endsAt = d.endsAt();
        s.place = d.place();
        s.hours = d.hours().setScale(2, java.math.RoundingMode.HALF_UP);
        s.capacity = d.capacity();
        s.trainer = d.trainer();
        s.checkInCode = code;
        s.createdAt = now;
        return s;
    }

    public CheckInWindow window() {
        return CheckInWindow.of(startsAt, endsAt);
    }

    /** The date the attendance counts for (the yearly hours use its year). */
    public java.time.LocalDate day() {
        return startsAt.atZoneSameInstant(ZONE).toLocalDate();
    }
}
