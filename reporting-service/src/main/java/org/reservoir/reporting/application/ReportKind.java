package org.reservoir.reporting.application;

/** The reports that can be exported (and, later, scheduled). */
public enum ReportKind {
    STRUCTURE, COVERAGE, FUNNEL, READINESS, CULTIVATION, APPRAISAL
}
