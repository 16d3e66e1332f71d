package org.reservoir.training.api;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.testing.MessageBundlesContract;
import org.reservoir.training.domain.EndReason;
import org.reservoir.training.domain.GrowthArea;
import org.reservoir.training.domain.MentorKind;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipTask;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** training's problem texts (the shared contract: both languages, every argument, no API codes in Chinese), and every enum labelled. */
class MessageBundlesTest extends MessageBundlesContract {

    @Test
    void everyEnumValueHasALabelAndQuotedValuesShowInChinese() {
        List<Enum<?>> values = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(MentorKind.class, EndReason.class, GrowthArea.class, Mentorship.Status.class,
                Mentorship.Action.class, MentorshipTask.Status.class)) {
            values.addAll(List.of(type.getEnumConstants()));
        }
        for (Enum<?> value : values) {
            String zh = Messages.text(Messages.CHINESE, "illegal-transition.detail", value, value);
            assertTrue(!zh.contains(value.name()), "no label for " + value.getDeclaringClass().getName() + "." + value + ": " + zh);
        }
        assertEquals("已结束 状态下不能执行 结束；见 allowedActions",
                Messages.text(Messages.CHINESE, "illegal-transition.detail", Mentorship.Action.END, Mentorship.Status.ENDED));
    }
}
