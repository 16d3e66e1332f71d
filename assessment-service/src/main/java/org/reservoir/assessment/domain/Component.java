package org.reservoir.assessment.domain;

/** The parts of the selection evaluation (选拔测评). */
public enum Component {
    /** 笔试 */
    WRITTEN_TEST,
    /** 结构化面试, scored by the panel */
    INTERVIEW,
    /** 实地走访考察 */
    FIELD_VISIT,
    /** 民主推荐 (optional): the share of votes for */
    DEMOCRATIC_RECOMMENDATION;

    /** The components every plan has; democratic recommendation is optional. */
    public boolean mandatory() {
        return this != DEMOCRATIC_RECOMMENDATION;
    }
}
