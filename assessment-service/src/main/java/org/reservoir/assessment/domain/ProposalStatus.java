package org.reservoir.assessment.domain;

/** A proposal awaits the county's decision, then is accepted or dismissed (with a reason). */
public enum ProposalStatus {
    OPEN, ACCEPTED, DISMISSED
}
