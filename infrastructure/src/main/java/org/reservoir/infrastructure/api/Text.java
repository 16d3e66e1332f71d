package org.reservoir.infrastructure.api;

/** What every text input must be: no NUL (PostgreSQL refuses it) and well-formed UTF-16 (a lone surrogate is stored as "?"). */
public final class Text {

    private Text() {
    }

    /** No NUL and no unpaired surrogate. */
    public static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
