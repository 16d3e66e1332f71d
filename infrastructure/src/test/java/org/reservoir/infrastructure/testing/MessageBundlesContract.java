package org.reservoir.infrastructure.testing;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Messages;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem text of the shared bundle ({@code reservoir-problems}) and the service's own ({@code problems}), in both
 * languages, renders filled, complete and in one language; every enum value has its label and its English meaning. Every
 * service runs it with one line, {@code class MessageBundlesTest extends MessageBundlesContract {}}, and adds its own
 * checks of how its enum values are shown.
 */
public abstract class MessageBundlesContract {

    private static final List<String> BUNDLES = List.of("reservoir-problems", "problems");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** An API code such as BACHELOR or SENIOR_HIGH; the few upper-case words Chinese texts rightly use are allowed. */
    protected static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");
    private static final Set<String> ALLOWED_WORDS = Set.of("JSON", "UUID");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesContract.class.getClassLoader().getResourceAsStream(resource)) {
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
            // meaning.<Type>.<VALUE> is English only: the OpenAPI document shows it after the Chinese term.
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
        if (PLACEHOLDER.matcher(text).find() || text.equals(key)) {
            problems.add("unfilled: " + where);
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
}
