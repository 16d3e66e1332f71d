package org.reservoir.recruitment.domain;

/**
 * Village types used to match village-stationed cadres (Ali's rule in DOMAIN.md): party-affairs cadres to
 * weak villages, economic cadres to poor ones, legal cadres to complex ones, agricultural cadres to
 * industry villages, technical cadres to specialised villages.
 */
public enum VillageType {
    /** 软弱涣散村 */
    WEAK,
    /** 经济薄弱村 */
    POOR,
    /** 矛盾复杂村 */
    COMPLEX,
    /** 产业村 */
    INDUSTRY,
    /** 特色专业村 */
    SPECIALISED
}
