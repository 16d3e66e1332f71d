package org.reservoir.training.api;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.training.domain.EndReason;
import org.reservoir.training.domain.GrowthArea;
import org.reservoir.training.domain.MentorKind;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipTask;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** training's problem texts: the same keys in both languages, every argument shown, no API codes in Chinese, every enum labelled. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyRendersInBothLanguages() throws IOException {
        Properties zh = load("problems.properties");
        Properties en = load("problems_en.properties");
        // meaning.<Type>.<VALUE> (the English meaning shown in OpenAPI) lives in the English bundle only
        TreeSet<String> translated = new TreeSet<>(en.stringPropertyNames());
        translated.removeIf(k -> k.startsWith("meaning."));
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), translated, "same keys in both languages");
        List<String> problems = new ArrayList<>();
        for (String key : zh.stringPropertyNames()) {
            for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                String pattern = (locale == Locale.ENGLISH ? en : zh).getProperty(key);
                int arguments = 0;
                for (var m = PLACEHOLDER.matcher(pattern); m.find(); ) {
                    arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
                }
                Object[] args = new Object[arguments];
                for (int i = 0; i < arguments; i++) {
                    args[i] = "arg" + i;
                }
                String text = Messages.text(locale, key, args);
                for (int i = 0; i < arguments; i++) {
                    if (!text.contains("arg" + i)) {
                        problems.add(locale + " " + key + " loses argument " + i + ": " + text);
                    }
                }
                if (text.chars().filter(c -> c == '\'').count() != pattern.replace("''", "'").chars().filter(c -> c == '\'').count()) {
                    problems.add(locale + " " + key + " loses an apostrophe: " + text);
                }
                if (locale == Messages.CHINESE && !key.startsWith("enum.") && CODE.matcher(text).find()) {
                    problems.add("code in a Chinese text: " + key + " = " + text);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

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
