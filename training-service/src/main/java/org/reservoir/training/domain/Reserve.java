package org.reservoir.training.domain;

import java.util.UUID;

/** A reserve as training knows it from recruitment's events: who, where (division codes) and whether still in the pool. */
public record Reserve(UUID candidateId, String name, String countyCode, String townshipCode, String villageCode, boolean inPool) {
}
