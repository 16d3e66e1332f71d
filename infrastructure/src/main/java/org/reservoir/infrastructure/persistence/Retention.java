package org.reservoir.infrastructure.persistence;

import java.time.Duration;

/**
 * A service's own rows with a retention: produce one as a CDI bean and the housekeeping pass ({@link RetentionPurge})
 * deletes the rows of {@code table} whose timestamp {@code column} is older than {@code retention} (use
 * {@link Duration#ZERO} for a column that holds the expiry itself).
 */
public record Retention(String table, String column, Duration retention) {
}
