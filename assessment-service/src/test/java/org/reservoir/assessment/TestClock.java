package org.reservoir.assessment;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.reservoir.infrastructure.testing.MovableClock;

/** This service's Clock in tests: the test-jar's {@link MovableClock}, replacing the Clocks producer. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {
}
