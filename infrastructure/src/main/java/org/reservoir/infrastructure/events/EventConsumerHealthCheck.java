package org.reservoir.infrastructure.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the service's event consumer: DOWN while its loop is being restarted after dying, so an instance
 * that silently stopped applying events does not look healthy. A service without event handlers reports UP.
 */
@Readiness
@ApplicationScoped
public class EventConsumerHealthCheck implements HealthCheck {

    private final IdempotentConsumer consumer;

    public EventConsumerHealthCheck(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        IdempotentConsumer.Health health = consumer.health();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumer " + consumer.group())
                .status(consumer.topics().isEmpty() || health.ready())
                .withData("topics", String.join(",", consumer.topics().stream().sorted().toList()))
                .withData("state", health.state().name())
                .withData("restarts", health.restarts());
        if (health.lastFailure() != null) {
            response.withData("lastFailure", health.lastFailure());
        }
        return response.build();
    }
}
