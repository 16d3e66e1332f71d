package org.reservoir.recruitment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The {@link PiiProtector} built from the configured keys ({@link PiiConfig}). */
public class PiiKeys {

    @Produces
    @ApplicationScoped
    PiiProtector protector(PiiConfig config) {
        return PiiProtector.fromBase64(config.hashKey(), config.encryptionKey());
    }
}
