package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

// Every number here was computed with the MOD 11-2 algorithm so that exactly the named rule fails.
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static IdNumber valid(String raw) {
        return assertInstanceOf(IdNumber.Valid.class, IdNumber.parse(raw, TODAY), raw).id();
    }

    private static IdNumber.Invalid invalid(String raw) {
        return assertInstanceOf(IdNumber.Invalid.class, IdNumber.parse(raw, TODAY), raw);
    }

    @Test
    void theGbSampleWithAnXCheckCharacterIsValid() {
        IdNumber id = valid("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals("110105", id.regionCode());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender(), "17th digit 2 is even");
        assertEquals("002X", id.last4());
    }

    @Test
    void oddSequenceDigitIsMaleEvenIsFemale() {
        IdNumber male = valid("440304199003072910");
        assertEquals(Gender.MALE, male.gender());
        assertEquals(LocalDate.of(1990, 3, 7), male.birthDate());
        assertEquals("440304", male.regionCode());

        IdNumber female = valid("320582198811110047");
        assertEquals(Gender.FEMALE, female.gender());
        assertEquals(LocalDate.of(1988, 11, 11), female.birthDate());

        assertEquals(Gender.MALE, valid("310101198506151238").gender());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002x", "  11010519491231002X  ", "\t11010519491231002x\n", "\u300011010519491231002X\u3000"})
    void whitespaceAndLowercaseXAreNormalised(String raw) {
        IdNumber id = valid(raw);
        assertEquals("11010519491231002X", id.value());
        assertEquals(valid("11010519491231002X"), id);
        assertEquals(valid("11010519491231002X").hashCode(), id.hashCode());
    }

    @Test
    void maskedKeepsFirstAndLastFourAndToStringNeverRevealsTheNumber() {
        IdNumber id = valid("440304199003072910");
        assertEquals("4403**********2910", id.masked());
        assertEquals(id.masked(), id.toString());
        assertFalse(id.toString().contains("19900307"));
        assertEquals("1101**********002X", valid("11010519491231002X").toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "11010519491231002",        // 17 characters
            "11010519491231002X1",      // 19 characters
            "110105194912310021 1",     // inner space
            "11010519491231002A",       // letter other than X
            "1101051949123100X2",       // X only allowed last
            "ABCDEFGHIJKLMNOPQR",
            "１１０１０５１９４９１２３１００２Ｘ"}) // full-width digits
    void malformedNumbersBreakTheFormatRule(String raw) {
        assertEquals("id-number-format", invalid(raw).rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110102198001010017", "150102198001010014", "210102198001010010", "230102198001010014",
            "310102198001010014", "370102198001010015", "410102198001010018", "460102198001010017",
            "50010219800101001X", "540102198001010017", "610102198001010015", "650102198001010012",
            "710102198001010019", "810102198001010012", "820102198001010014"})
    void everyProvinceRangeBoundaryIsAccepted(String raw) {
        assertEquals(raw.substring(0, 6), valid(raw).regionCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "990105194912310023",  // province 99 does not exist
            "91010119800101001X",  // nor 91
            "160102198001010010", "240102198001010010", "380102198001010010", "470102198001010010",
            "550102198001010010", "660102198001010010", "720102198001010010", "830102198001010010",
            "110000194912310022",  // a province, not a county
            "820000198001010016"})
    void unknownRegionsBreakTheRegionRule(String raw) {
        assertEquals("id-number-region", invalid(raw).rule());
    }

    @Test
    void aCityLevelRegionCodeIsAccepted() {
        assertEquals("110100", valid("110100198001010014").regionCode());
    }

    @ParameterizedTest
    @CsvSource({
            "110105194902300020, 1949-02-30 does not exist",
            "110105190002290025, 1900 is not a leap year",
            "110105189912310023, before 1900",
            "110105202506020016, the day after today"})
    void impossibleBirthDatesBreakTheBirthDateRule(String raw, String why) {
        assertEquals("id-number-birth-date", invalid(raw).rule(), why);
    }

    @Test
    void birthDateBoundsAreInclusive() {
        assertEquals(LocalDate.of(1900, 1, 1), valid("11010519000101001X").birthDate());
        assertEquals(TODAY, valid("110105202506010010").birthDate());
        assertEquals(LocalDate.of(2000, 2, 29), valid("510108200002290033").birthDate());
    }

    @Test
    void exactlyOneCheckCharacterFitsEachNumber() {
        for (char c : "0123456789X".toCharArray()) {
            IdNumber.Result result = IdNumber.parse("11010519491231002" + c, TODAY);
            if (c == 'X') {
                assertInstanceOf(IdNumber.Valid.class, result);
            } else {
                assertEquals("id-number-checksum", assertInstanceOf(IdNumber.Invalid.class, result).rule(), "check " + c);
            }
        }
        assertEquals("id-number-checksum", invalid("440304199003072911").rule());
        assertEquals("id-number-checksum", invalid("440304199003072190").rule(), "swapped digits");
    }

    @Test
    void detailsDoNotEchoTheInput() {
        for (String raw : new String[]{"1101051949123100", "990105194912310023", "110105194902300020", "110105194912310021"}) {
            IdNumber.Invalid invalid = invalid(raw);
            assertFalse(invalid.detail().contains(raw.substring(6, 14)), invalid.detail());
        }
    }

    @Test
    void parseWithoutADateUsesToday() {
        assertInstanceOf(IdNumber.Valid.class, IdNumber.parse("11010519491231002X"));
        // Two days ahead so the test holds whatever the time zone and even across midnight.
        String future = LocalDate.now().plusDays(2).toString().replace("-", "");
        assertEquals("id-number-birth-date",
                assertInstanceOf(IdNumber.Invalid.class, IdNumber.parse("110105" + future + "001X")).rule());
    }

    @Test
    void differentNumbersAreNotEqual() {
        assertNotEquals(valid("440304199003072910"), valid("310101198506151238"));
    }
}
