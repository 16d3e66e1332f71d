package org.reservoir.assessment.api;

import org.junit.jupiter.api.Test;
import org.reservoir.assessment.domain.Component;
import org.reservoir.assessment.domain.EvaluationAction;
import org.reservoir.assessment.domain.EvaluationStatus;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.testing.MessageBundlesContract;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** assessment's problem texts render filled in both languages (the shared contract), and its enum values by their labels. */
class MessageBundlesTest extends MessageBundlesContract {

    @Test
    void enumValuesAreShownByTheirLabels() {
        assertEquals("测评处于 已封存，不能执行 封存；允许的操作见 allowedActions",
                Messages.text(Messages.CHINESE, "illegal-transition.detail", EvaluationAction.SEAL, EvaluationStatus.SEALED));
        assertEquals("方案必须包含 实地走访考察", Messages.text(Messages.CHINESE, "rule.component-required", Component.FIELD_VISIT));
        assertEquals("The plan needs component FIELD_VISIT", Messages.text(Locale.ENGLISH, "rule.component-required", Component.FIELD_VISIT));
    }
}
