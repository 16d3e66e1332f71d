package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** This service's read-only copy of a region from recruitment's directory (written by RegionProjectionHandler). */
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

    public boolean active;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
