package org.reservoir.reporting.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The required yearly training hours (学时) the cultivation report holds each reserve against. training-service keeps a
 * county's requirement but publishes no event for it, so reporting has its own setting: a default and per-county values
 * ({@code reservoir.reporting.training-hours.counties."652327000000"=32}); keep them equal to training's.
 */
@ConfigMapping(prefix = "reservoir.reporting.training-hours")
public interface TrainingHoursConfig {

    /** Hours a year when the county has no value of its own. */
    @WithDefault("24")
    BigDecimal minimum();

    /** Per county (12-digit code): its required hours a year. */
    Map<String, BigDecimal> counties();

    default BigDecimal minimum(String countyCode) {
        return counties().getOrDefault(countyCode, minimum());
    }
}
