package org.reservoir.reporting.domain;

/** How a growth archive is returned. */
public enum ArchiveFormat {
    JSON("application/json", "json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    public final String contentType;
    public final String extension;

    ArchiveFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }
}
