package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The training hours a county requires of each reserve in a year (年度学时要求). */
@Entity
@Table(name = "hours_requirement")
public class HoursRequirement extends PanacheEntityBase {

    public static final BigDecimal MAX_HOURS = new BigDecimal("2000");

    @Embeddable
    public record Key(@Column(name = "county_code", columnDefinition = "char(12)") String countyCode, int year) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "minimum_hours")
    public BigDecimal minimumHours;

    @Version
    public long version;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static BigDecimal of(String countyCode, int year) {
        HoursRequirement r = findById(new Key(countyCode, year));
        return r == null ? BigDecimal.ZERO : r.minimumHours;
    }
}
