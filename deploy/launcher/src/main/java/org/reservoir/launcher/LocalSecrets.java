package org.reservoir.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/** Secrets the local stack makes once and keeps with its data: the keys that protect ID numbers at rest. */
final class LocalSecrets {

    private LocalSecrets() {
    }

    /** {@code RESERVOIR_PII_HASH_KEY} and {@code RESERVOIR_PII_ENCRYPTION_KEY}, generated on first use (once, however many services start at once). */
    static synchronized Map<String, String> piiKeys(Path dir) {
        Path file = dir.resolve("pii-keys.properties");
        try {
            Properties keys = new Properties();
            if (Files.exists(file)) {
                try (Reader r = Files.newBufferedReader(file)) {
                    keys.load(r);
                }
            } else {
                SecureRandom random = new SecureRandom();
                keys.setProperty("RESERVOIR_PII_HASH_KEY", randomKey(random));
                keys.setProperty("RESERVOIR_PII_ENCRYPTION_KEY", randomKey(random));
                Files.createDirectories(dir);
                try (Writer w = Files.newBufferedWriter(file)) {
                    keys.store(w, "Keys protecting ID numbers in the local stack's recruitment database; losing them makes stored ID numbers unreadable");
                }
            }
            return Map.of("RESERVOIR_PII_HASH_KEY", keys.getProperty("RESERVOIR_PII_HASH_KEY"),
                    "RESERVOIR_PII_ENCRYPTION_KEY", keys.getProperty("RESERVOIR_PII_ENCRYPTION_KEY"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
