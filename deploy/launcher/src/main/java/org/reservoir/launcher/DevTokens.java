package org.reservoir.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs bearer tokens for local use and tests with a key pair kept in one folder. Services verify
 * them with the public key ({@code mp.jwt.verify.publickey.location}); production uses a real issuer.
 */
public final class DevTokens {

    public static final String ISSUER = "https://reservoir.local/dev-issuer";
    /** The audience every service expects by default ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "reservoir";
    private static final String PRIVATE = "private-key.pem";
    private static final String PUBLIC = "public-key.pem";

    private final PrivateKey privateKey;
    private final Path publicKey;

    private DevTokens(PrivateKey privateKey, Path publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the key pair in {@code dir}, generating one on first use. */
    public static synchronized DevTokens in(Path dir) {
        try {
            Path priv = dir.resolve(PRIVATE);
            Path pub = dir.resolve(PUBLIC);
            if (!Files.exists(priv) || !Files.exists(pub)) {
                Files.createDirectories(dir);
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(2048);
                KeyPair pair = gen.generateKeyPair();
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            String body = Files.readString(priv).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new DevTokens(key, pub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path publicKeyLocation() {
        return publicKey;
    }

    /** A token for {@code role} scoped to {@code region}; {@code department} only for reviewers. */
    public String issue(String role, String region, String department, Duration validity) {
        return issueAs(role + "@" + region + (department == null ? "" : "/" + department), role, region, department, validity);
    }

    /**
     * A token whose subject is chosen: a mentor's person id, or a reserve's candidate id (the {@code reserve} role's
     * own views find their records by it).
     */
    public String issueAs(String subject, String role, String region, String department, Duration validity) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder()
                .append("{\"iss\":\"").append(ISSUER).append('"')
                .append(",\"aud\":\"").append(AUDIENCE).append('"')
                .append(",\"sub\":\"").append(subject).append('"')
                .append(",\"upn\":\"").append(subject).append('"')
                .append(",\"groups\":[\"").append(role).append("\"]")
                .append(",\"region\":\"").append(region).append('"');
        if (department != null) {
            claims.append(",\"department\":\"").append(department).append('"');
        }
        claims.append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(validity).getEpochSecond())
                .append(",\"jti\":\"").append(UUID.randomUUID()).append("\"}");
        return sign(claims.toString());
    }

    /** Signs any claims (a JSON object) with the dev key; tests use it for tokens the services must refuse. */
    public String sign(String claimsJson) {
        String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claimsJson);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issue(String role, String region) {
        return issue(role, region, null, Duration.ofHours(12));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
