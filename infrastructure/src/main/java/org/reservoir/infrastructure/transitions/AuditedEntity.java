package org.reservoir.infrastructure.transitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * The columns and {@link Audited} accessors every aggregate the {@link TransitionRunner} moves shares: its status (stored
 * by name), its {@code @Version} and when it last changed. The aggregate adds its own columns and says which division
 * its jurisdiction is. As in {@link HistoryLine}, the fields are protected and read through accessors: a service's Panache
 * enhancement would otherwise rewrite accesses to public fields declared in this jar into accessors it cannot see.
 */
@MappedSuperclass
public abstract class AuditedEntity<S extends Enum<S>> extends PanacheEntityBase implements Audited<S> {

    @Enumerated(EnumType.STRING)
    protected S status;

    @Version
    protected long version;

    @Column(name = "updated_at")
    protected OffsetDateTime updatedAt;

    public S status() {
        return status;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    @Override
    public S state() {
        return status;
    }

    @Override
    public long version() {
        return version;
    }

    /** A change that keeps the status: the time moves, and the flush that follows bumps the version. */
    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    @Override
    public void moveTo(S to, OffsetDateTime at) {
        status = to;
        updatedAt = at;
    }
}
