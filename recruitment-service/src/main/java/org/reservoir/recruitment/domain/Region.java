package org.reservoir.recruitment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A county, township or village (行政区划). Villages carry what later work needs: their type (for
 * matching stationed cadres), the number of two-committee seats (村"两委"), and whether the party
 * secretary and the committee director are one person (一肩挑).
 */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "char(12)")
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    @Column(name = "parent_code", columnDefinition = "char(12)")
    public String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "village_type")
    public VillageType villageType;

    @Column(name = "committee_seats")
    public Integer committeeSeats;

    @Column(name = "secretary_director_one_person")
    public Boolean secretaryDirectorOnePerson;

    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
