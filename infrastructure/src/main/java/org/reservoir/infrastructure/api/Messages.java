package org.reservoir.infrastructure.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised problem texts. Keys come from {@code reservoir-problems} (this module) and, first,
 * {@code problems} (the service's own, optional). zh-CN unless the caller prefers English.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> BUNDLES = List.of("problems", "reservoir-problems");

    private Messages() {
    }

    /** The first supported language in the caller's Accept-Language, zh-CN by default. */
    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if ("en".equals(wanted.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("zh".equals(wanted.getLanguage())) {
                    return CHINESE;
                }
            }
        }
        return CHINESE;
    }

    /** The text for {@code key}, formatted with {@code args}; the key itself when no bundle has it. */
    public static String text(Locale locale, String key, Object... args) {
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
                return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException ignored) {
                // try the next bundle
            }
        }
        return args == null || args.length == 0 ? key : key + " " + java.util.Arrays.toString(args);
    }

    /** Look-ups never fall back to the JVM's default locale, only to the base bundle (zh-CN). */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
