package org.reservoir.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Reporting's copy of a region from recruitment's directory, with the village attributes reports count. */
@Entity
@Table(name = "region_projection")
public class RegionProjection extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "char(12)")
    public String code;

    public String name;

    public String level;

    @Column(name = "parent_code", columnDefinition = "char(12)")
    public String parentCode;

    @Column(name = "village_type")
    public String villageType;

    @Column(name = "committee_seats")
    public Integer committeeSeats;

    @Column(name = "secretary_director_one_person")
    public Boolean secretaryDirectorOnePerson;

    public boolean active;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
