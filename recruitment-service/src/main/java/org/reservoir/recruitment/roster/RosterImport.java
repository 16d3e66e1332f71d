package org.reservoir.recruitment.roster;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A roster upload and its row-by-row report: the resource of its job (infrastructure's {@code job} row of the same id,
 * type {@value RosterImports#JOB_TYPE}). The counters are the progress saved after every chunk.
 */
@Entity
@Table(name = "roster_import")
public class RosterImport extends PanacheEntityBase {

    @Schema(name = "RosterImportStatus", extensions = @Extension(name = "x-label-type", value = "RosterImport.Status"))
    public enum Status {
        RUNNING, FINISHED, FAILED
    }

    @Schema(name = "RosterRowOutcome", extensions = @Extension(name = "x-label-type", value = "RosterImport.Outcome"))
    public enum Outcome {
        CREATED, SKIPPED, FAILED
    }

    /**
     * What became of one row; errors name the spreadsheet column, the field and the rule. A CREATED row's errors are
     * the eligibility rules the registered person fails (registered, but not eligible until they are overridden).
     */
    public record RowResult(int row, Outcome outcome, UUID candidateId, List<CellError> errors) {
    }

    public record CellError(String column, String field, String rule, String reason) {
    }

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String caller;

    /** The uploader's region: who may read the job and its report. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_hash")
    public String fileHash;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "total_rows")
    public int totalRows;

    public int processed;

    public int created;

    public int skipped;

    public int failed;

    /** Row by row, in sheet order; kept in roster_import_row (one row each, written with the row's registration). */
    @Transient
    public List<RowResult> report = new ArrayList<>();

    /** Why the import failed, when it did. */
    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
