package org.reservoir.recruitment.domain;

import io.smallrye.config.ConfigMapping;

/**
 * {@code reservoir.pii.*}: the keys that protect ID numbers at rest (base64, 32 bytes each; env
 * RESERVOIR_PII_HASH_KEY / RESERVOIR_PII_ENCRYPTION_KEY). Production has no default: a service without keys does not
 * start.
 */
@ConfigMapping(prefix = "reservoir.pii")
public interface PiiConfig {

    /** HMAC key of the look-up hash that finds a person again without decrypting. */
    String hashKey();

    /** AES-GCM key of the stored ID number. */
    String encryptionKey();
}
