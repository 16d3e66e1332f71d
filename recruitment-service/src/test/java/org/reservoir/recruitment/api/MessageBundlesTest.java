package org.reservoir.recruitment.api;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateAction;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.domain.Track;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem text, in both languages, renders filled, complete and in one language. */
class MessageBundlesTest {

    private static final List<String> BUNDLES = List.of("reservoir-problems", "problems");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** An API code such as BACHELOR or SENIOR_HIGH; the few upper-case words Chinese texts rightly use are allowed. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");
    private static final Set<String> ALLOWED_WORDS = Set.of("JSON", "UUID");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyRendersFilledInBothLanguagesWithoutLostApostrophesOrCodes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties zh = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            TreeSet<String> translated = new TreeSet<>(en.stringPropertyNames());
            translated.removeIf(k -> k.startsWith("meaning."));
            assertEquals(new TreeSet<>(zh.stringPropertyNames()), translated, bundle + ": same keys in both languages");
            for (String key : zh.stringPropertyNames()) {
                check(problems, key, Messages.CHINESE, zh.getProperty(key));
                check(problems, key, Locale.ENGLISH, en.getProperty(key));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(List<String> problems, String key, Locale locale, String pattern) {
        int arguments = 0;
        for (Matcher m = PLACEHOLDER.matcher(pattern); m.find(); ) {
            arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
        }
        Object[] args = new Object[arguments];
        for (int i = 0; i < arguments; i++) {
            args[i] = "arg" + i;
        }
        String text = Messages.text(locale, key, args);
        String where = locale + " " + key + " = " + text;
        if (PLACEHOLDER.matcher(text).find()) {
            problems.add("unfilled placeholder: " + where);
        }
        for (int i = 0; i < arguments; i++) {
            if (!text.contains("arg" + i)) {
                problems.add("argument " + i + " lost: " + where);
            }
        }
        long apostrophes = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
        if (text.chars().filter(c -> c == '\'').count() != apostrophes) {
            problems.add("apostrophe lost (write '' in bundles): " + where);
        }
        if (locale.equals(Messages.CHINESE) && !key.startsWith("enum.")) {
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                if (!ALLOWED_WORDS.contains(code.group())) {
                    problems.add("code " + code.group() + " in a Chinese text: " + where);
                }
            }
        }
    }

    /** An integrator reading the OpenAPI document in English learns what each code means, not the code again. */
    @Test
    void everyEnumValueHasAnEnglishMeaning() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties zh = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            for (String key : zh.stringPropertyNames()) {
                if (key.startsWith("enum.")) {
                    String meaning = en.getProperty("meaning." + key.substring("enum.".length()));
                    String code = key.substring(key.lastIndexOf('.') + 1);
                    if (meaning == null || meaning.isBlank() || meaning.equals(code) || CODE.matcher(meaning).find()) {
                        missing.add(key + " -> " + meaning);
                    }
                }
            }
            en.stringPropertyNames().stream().filter(k -> k.startsWith("meaning.") && !zh.containsKey("enum." + k.substring("meaning.".length())))
                    .forEach(k -> missing.add(k + ": a meaning without a label"));
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

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
