package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Violation;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionRulesTest {

    private static List<String> rules(RegionRules.Draft d) {
        return RegionRules.check(d).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aCompleteVillagePasses() {
        assertTrue(RegionRules.check(new RegionRules.Draft("652327101201", "东湾村", VillageType.WEAK, 5, true)).isEmpty());
        assertTrue(RegionRules.check(new RegionRules.Draft("652327101201", "东湾村", VillageType.WEAK, 5, null)).isEmpty(),
                "一肩挑 defaults to false");
    }

    @Test
    void villagesNeedTheirAttributes() {
        assertEquals(List.of("villageType:village-attribute-required", "committeeSeats:village-attribute-required"),
                rules(new RegionRules.Draft("652327101201", "村", null, null, null)));
    }

    @Test
    void onlyVillagesCarryVillageAttributes() {
        assertEquals(List.of("villageType:village-attribute-only", "committeeSeats:village-attribute-only",
                        "secretaryDirectorOnePerson:village-attribute-only"),
                rules(new RegionRules.Draft("652327101000", "镇", VillageType.POOR, 3, false)));
        assertTrue(RegionRules.check(new RegionRules.Draft("652327000000", "县", null, null, null)).isEmpty());
    }

    @Test
    void codesMustBeWellFormedAndOfAKeptLevel() {
        assertEquals(List.of("code:division-code"), rules(new RegionRules.Draft("652327000201", "x", null, null, null)));
        assertEquals(List.of("code:region-level"), rules(new RegionRules.Draft("652300000000", "昌吉州", null, null, null)));
        Violation v = RegionRules.check(new RegionRules.Draft("abc", "x", null, null, null)).get(0);
        assertEquals("abc", v.args()[0]);
    }

    @Test
    void countiesAreRootsOthersNeedTheirParent() {
        assertEquals(Optional.empty(), RegionRules.requiredParent("652327000000"));
        assertEquals(Optional.of("652327000000"), RegionRules.requiredParent("652327101000"));
        assertEquals(Optional.of("652327101000"), RegionRules.requiredParent("652327101201"));
    }
}
