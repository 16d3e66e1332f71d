package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.transitions.Refusal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A training programme (培训班) of one year, run by a county (county-wide) or a township (its own reserves), with
 * sessions. Reserves are enrolled in the programme and attend its sessions.
 */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ProgrammeKind kind;

    public String title;

    public String description;

    /** The county or township running it: jurisdiction, and whose reserves it may enrol. */
    @Column(name = "scope_code", columnDefinition = "char(12)")
    public String scopeCode;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    public int year;

    @Version
    public long version;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public record Draft(ProgrammeKind kind, String title, String description, String scopeCode, int year) {
    }

    /** What stops a programme from being planned: the scope must be a county or a township, the year a plausible one. */
    public static Optional<Refusal> refusal(Draft d) {
        List<Violation> v = new ArrayList<>();
        Optional<DivisionCode> scope = DivisionCode.parse(d.scopeCode());
        if (scope.isEmpty() || scope.get().level() == DivisionCode.Level.VILLAGE) {
            v.add(new Violation("scopeCode", "programme-scope", d.scopeCode()));
        }
        if (d.year() < FIRST_YEAR || d.year() > LAST_YEAR) {
            v.add(new Violation("year", "programme-year", d.year(), FIRST_YEAR, LAST_YEAR));
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(Refusal.unprocessable(v));
    }

    public static Programme plan(UUID id, Draft d, String by, OffsetDateTime now) {
        Programme p = new Programme();
        p.id = id;
        p.kind = d.kind();
        p.title = d.title();
        p.description = d.description();
        p.scopeCode = d.scopeCode();
        p.countyCode = new DivisionCode(d.scopeCode()).county().value();
        p.year = d.year();
        p.createdBy = by;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    /** Whether a reserve of {@code villageCode} may be enrolled: it lives inside the programme's scope. */
    public boolean admits(String villageCode) {
        return new DivisionCode(scopeCode).covers(new DivisionCode(villageCode));
    }
}
