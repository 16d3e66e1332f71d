package org.reservoir.recruitment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that protect ID numbers at rest, from {@code reservoir.pii.hash-key} and
 * {@code reservoir.pii.encryption-key} (base64, 32 bytes each; env RESERVOIR_PII_HASH_KEY / _ENCRYPTION_KEY).
 * Production has no default: a service without keys does not start.
 */
public class PiiKeys {

    @Produces
    @ApplicationScoped
    PiiProtector protector(@ConfigProperty(name = "reservoir.pii.hash-key") String hashKey,
                           @ConfigProperty(name = "reservoir.pii.encryption-key") String encryptionKey) {
        return PiiProtector.fromBase64(hashKey, encryptionKey);
    }
}
