package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.transitions.Refusal;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.domain.DomainFixtures.*;

class RegionTest {

    static Region village() {
        return Region.create(new RegionRules.Draft(VILLAGE, " 二工村 ", VillageType.WEAK, 7, null), now());
    }

    @Test
    void levelAndParentFollowFromTheCode() {
        Region v = village();
        assertEquals(RegionLevel.VILLAGE, v.level);
        assertEquals(TOWNSHIP, v.parentCode);
        assertEquals("二工村", v.name);
        assertFalse(v.secretaryDirectorOnePerson);
        Region county = Region.create(new RegionRules.Draft(COUNTY, "吉木萨尔县", null, null, null), now());
        assertEquals(null, county.parentCode);
        assertEquals(null, county.villageType);
    }

    @Test
    void aChangeKeepsTheRulesAndLeavesNullFieldsAlone() {
        Region v = village();
        assertTrue(v.change(new Region.Changes(null, null, 9, true), now()).isEmpty());
        assertEquals(9, v.committeeSeats);
        assertEquals("二工村", v.name);
        assertTrue(v.secretaryDirectorOnePerson);
        Region township = Region.create(new RegionRules.Draft(TOWNSHIP, "三台镇", null, null, null), now());
        Refusal r = township.change(new Region.Changes(null, VillageType.INDUSTRY, null, null), now()).orElseThrow();
        assertEquals(List.of("village-attribute-only"), r.violations().stream().map(Violation::rule).toList());
    }

    @Test
    void aRegionIsDeactivatedAfterItsChildrenAndOnlyOnce() {
        Region v = village();
        assertEquals("region-has-active-children", v.deactivate(2, now()).orElseThrow().key());
        assertTrue(v.active);
        assertTrue(v.deactivate(0, now()).isEmpty());
        assertFalse(v.active);
        assertEquals("region-inactive", v.deactivate(0, now()).orElseThrow().key());
        assertEquals("region-inactive", v.change(new Region.Changes("新名", null, null, null), now()).orElseThrow().key());
    }

    @Test
    void jurisdictionIsOneRuleForEveryCode() {
        assertTrue(TOWNSHIP_OFFICER.refusalOutside(VILLAGE).isEmpty());
        assertEquals(403, TOWNSHIP_OFFICER.refusalOutside(OTHER_VILLAGE).orElseThrow().status());
        assertEquals(403, TOWNSHIP_OFFICER.refusalOutside(COUNTY).orElseThrow().status(), "a township never acts on its county");
        assertTrue(TOWNSHIP_OFFICER.refusalOutside("12x").isEmpty(), "a malformed code is for the rules (422) to judge");
    }
}
