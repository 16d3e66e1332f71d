package org.reservoir.infrastructure.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Localised problem texts. Keys come from {@code reservoir-problems} (this module) and, first,
 * {@code problems} (the service's own, optional). zh-CN unless the caller prefers English.
 * Every text is a {@link MessageFormat} pattern, formatted even without arguments, so an apostrophe is
 * written {@code ''} in every bundle.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<String> BUNDLES = List.of("problems", "reservoir-problems");

    private Messages() {
    }

    /** An argument that is itself a message key, rendered in the same language as the text quoting it; {@code fallback} where no bundle has it. */
    public record Key(String key, String fallback) {
    }

    /**
     * The first supported language in the caller's Accept-Language, zh-CN by default. Parsed here rather than by
     * JAX-RS, whose parser fails on a malformed entry ({@code en;q=abc}) and would turn any answer into a 500:
     * a malformed entry is skipped.
     */
    public static Locale locale(HttpHeaders headers) {
        return headers == null ? CHINESE : locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The first supported language of an Accept-Language value, zh-CN by default. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.length() > 1000) {
            return CHINESE;
        }
        record Wanted(String language, double q, int position) {
        }
        List<Wanted> wanted = new ArrayList<>();
        String[] entries = acceptLanguage.split(",");
        for (int i = 0; i < entries.length; i++) {
            String[] parts = entries[i].trim().split(";", -1);
            double q = 1.0;
            boolean valid = !parts[0].isBlank();
            for (int p = 1; p < parts.length && valid; p++) {
                String param = parts[p].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                        valid = q >= 0 && q <= 1;
                    } catch (NumberFormatException e) {
                        valid = false;
                    }
                }
            }
            if (valid && q > 0) {
                wanted.add(new Wanted(parts[0].trim().toLowerCase(Locale.ROOT), q, i));
            }
        }
        wanted.sort(Comparator.comparingDouble(Wanted::q).reversed().thenComparingInt(Wanted::position));
        for (Wanted w : wanted) {
            if (w.language().equals("en") || w.language().startsWith("en-")) {
                return Locale.ENGLISH;
            }
            if (w.language().equals("zh") || w.language().startsWith("zh-")) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** The text for {@code key}, formatted with {@code args}; the key itself when no bundle has it. */
    public static String text(Locale locale, String key, Object... args) {
        Object[] shown = args == null ? new Object[0]
                : Arrays.stream(args).map(a -> shown(locale, a)).toArray();
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
                return new MessageFormat(pattern, locale).format(shown);
            } catch (MissingResourceException ignored) {
                // try the next bundle
            }
        }
        return shown.length == 0 ? key : key + " " + Arrays.toString(shown);
    }

    /**
     * How an argument is shown: a {@link Key} in the caller's language; an enum value by its label
     * {@code enum.<Type>.<VALUE>} ({@code enum.Campaign.Status.OPEN} for a nested type) where a bundle has one, so a
     * Chinese text never quotes an API code; a collection element by element; a number as written
     * (MessageFormat would group 4000 as "4,000").
     */
    private static Object shown(Locale locale, Object arg) {
        if (arg instanceof Key k) {
            String text = text(locale, k.key());
            return text.equals(k.key()) ? k.fallback() : text;
        }
        if (arg instanceof Enum<?> e) {
            String type = e.getDeclaringClass().getName().substring(e.getDeclaringClass().getPackageName().length() + 1).replace('$', '.');
            String key = "enum." + type + "." + e.name();
            String label = text(locale, key);
            return label.equals(key) ? e.name() : label;
        }
        if (arg instanceof Collection<?> c) {
            return c.stream().map(a -> String.valueOf(shown(locale, a)))
                    .collect(Collectors.joining(CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", "));
        }
        return arg instanceof Number n ? n.toString() : arg;
    }

    /** Look-ups never fall back to the JVM's default locale, only to the base bundle (zh-CN). */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
