package org.reservoir.infrastructure.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void acceptLanguageIsReadByPreferenceAndMalformedEntriesAreSkipped() {
        assertEquals(Messages.CHINESE, Messages.locale((String) null));
        assertEquals(Locale.ENGLISH, Messages.locale("en-US,en;q=0.9"));
        assertEquals(Locale.ENGLISH, Messages.locale("zh;q=0.1, en;q=0.8"));
        assertEquals(Messages.CHINESE, Messages.locale("en;q=abc"));
        assertEquals(Locale.ENGLISH, Messages.locale("fr;q=abc, en;q=0.5"));
        assertEquals(Messages.CHINESE, Messages.locale("en;q=0, zh"));
        assertEquals(Messages.CHINESE, Messages.locale(";;;,,,q="));
    }

    @Test
    void numbersAreShownAsWrittenAndApostrophesSurvive() {
        assertEquals("At most 2000 items; 100000 sent", Messages.text(Locale.ENGLISH, "rule.Size", 2000, 100_000));
        assertTrue(Messages.text(Locale.ENGLISH, "body-too-large.detail", 1_048_576L).contains("operation's limit of 1048576 bytes"));
    }

    @Test
    void keysAndCollectionsAsArgumentsAreRenderedInTheTextsLanguage() {
        assertEquals("Bad request: Not a valid UUID", Messages.text(Locale.ENGLISH, "http-400.detail", new Messages.Key("rule.uuid", "?")));
        assertEquals("请求不合法：fallback", Messages.text(Messages.CHINESE, "http-400.detail", new Messages.Key("no.such.key", "fallback")));
        assertEquals("请求不合法：1、2", Messages.text(Messages.CHINESE, "http-400.detail", List.of(1, 2)));
        assertFalse(Messages.text(Locale.ENGLISH, "http-400.detail", List.of(1, 2)).contains("["));
    }

    @Test
    void contentTypesMustBeWellFormed() {
        assertTrue(HttpLimits.wellFormed("application/json"));
        assertTrue(HttpLimits.wellFormed("application/json; charset=UTF-8"));
        assertTrue(HttpLimits.wellFormed("text/csv;charset=\"utf-8\""));
        assertFalse(HttpLimits.wellFormed("json"));
        assertFalse(HttpLimits.wellFormed("a/b/c"));
        assertFalse(HttpLimits.wellFormed("application/json; charset"));
        assertFalse(HttpLimits.wellFormed("application/json; charset=no-such-charset"));
        assertFalse(HttpLimits.wellFormed(";;"));
    }
}
