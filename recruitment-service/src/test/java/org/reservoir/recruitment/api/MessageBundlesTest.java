package org.reservoir.recruitment.api;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.testing.MessageBundlesContract;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateAction;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.domain.Track;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every problem text, in both languages, renders filled, complete and in one language (the shared contract), and recruitment's codes by their labels. */
class MessageBundlesTest extends MessageBundlesContract {

    @Test
    void enumValuesQuotedInChineseTextsAreShownByTheirLabels() {
        String zh = Messages.text(Messages.CHINESE, "illegal-transition.detail", CandidateAction.APPOINT, CandidateStatus.ON_PROBATION);
        assertEquals("人员处于 试岗中，不能执行 任职；允许的操作见 allowedActions", zh);
        assertEquals("APPOINT is not possible from ON_PROBATION; see allowedActions",
                Messages.text(Locale.ENGLISH, "illegal-transition.detail", CandidateAction.APPOINT, CandidateStatus.ON_PROBATION));
        assertEquals("本次招募没有 专职 名额", Messages.text(Messages.CHINESE, "rule.track-not-offered", Track.FULL_TIME));
    }

    @Test
    void eligibilityReasonsInChineseNameEducationAndPoliticalStatusInChinese() {
        Candidate.Screening education = new Candidate.Screening("min-education", true, "BACHELOR", "SENIOR_HIGH", false, null, null, null);
        assertEquals("学历 本科，达到 高中", CandidateResponses.Outcome.of(education, Messages.CHINESE).reason());
        assertEquals("Education BACHELOR meets SENIOR_HIGH", CandidateResponses.Outcome.of(education, Locale.ENGLISH).reason());
        Candidate.Screening political = new Candidate.Screening("political-status", false, "MASSES", "[PARTY_MEMBER, PROBATIONARY_MEMBER]",
                false, null, null, null);
        String reason = CandidateResponses.Outcome.of(political, Messages.CHINESE).reason();
        assertEquals("政治面貌 群众 不在允许范围 中共党员、中共预备党员 内", reason);
        assertFalse(CODE.matcher(reason).find(), reason);
    }
}
