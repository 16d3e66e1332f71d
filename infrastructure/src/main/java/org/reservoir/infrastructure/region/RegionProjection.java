package org.reservoir.infrastructure.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A service's read-only copy of a region from recruitment's directory, written by {@link RegionProjectionHandler}:
 * what jurisdiction checks, per-village work and reports need. Kept only by services that subscribe
 * ({@code reservoir.projection=region}); its table comes from {@code db/projection/region}.
 */
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
