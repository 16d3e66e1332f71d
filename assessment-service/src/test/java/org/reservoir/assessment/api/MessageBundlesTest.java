package org.reservoir.assessment.api;

import org.junit.jupiter.api.Test;
import org.reservoir.assessment.domain.Component;
import org.reservoir.assessment.domain.EvaluationAction;
import org.reservoir.assessment.domain.EvaluationStatus;
import org.reservoir.infrastructure.api.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** assessment's problem texts render filled in both languages, and its enum values by their labels. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyRendersFilledInBothLanguages() throws IOException {
        Properties zh = load("problems.properties");
        Properties en = load("problems_en.properties");
        TreeSet<String> translated = new TreeSet<>(en.stringPropertyNames());
        // meaning.<Type>.<VALUE> is English only: the OpenAPI document shows it after the Chinese term.
        translated.removeIf(k -> k.startsWith("meaning."));
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), translated, "same keys in both languages");
        List<String> problems = new ArrayList<>();
        for (String key : zh.stringPropertyNames()) {
            for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                String pattern = (locale == Locale.ENGLISH ? en : zh).getProperty(key);
                int arguments = 0;
                for (Matcher m = PLACEHOLDER.matcher(pattern); m.find(); ) {
                    arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
                }
                Object[] args = new Object[arguments];
                for (int i = 0; i < arguments; i++) {
                    args[i] = "arg" + i;
                }
                String text = Messages.text(locale, key, args);
                if (PLACEHOLDER.matcher(text).find() || text.equals(key)) {
                    problems.add(locale + " " + key + " = " + text);
                }
                for (int i = 0; i < arguments; i++) {
                    if (!text.contains("arg" + i)) {
                        problems.add("argument " + i + " lost: " + locale + " " + key + " = " + text);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void enumValuesAreShownByTheirLabels() {
        assertEquals("测评处于 已封存，不能执行 封存；允许的操作见 allowedActions",
                Messages.text(Messages.CHINESE, "illegal-transition.detail", EvaluationAction.SEAL, EvaluationStatus.SEALED));
        assertEquals("方案必须包含 实地走访考察", Messages.text(Messages.CHINESE, "rule.component-required", Component.FIELD_VISIT));
        assertEquals("The plan needs component FIELD_VISIT", Messages.text(Locale.ENGLISH, "rule.component-required", Component.FIELD_VISIT));
    }
}
