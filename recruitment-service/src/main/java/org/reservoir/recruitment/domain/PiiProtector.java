package org.reservoir.recruitment.domain;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Protects personal data (个人信息) such as the {@linkplain IdNumber ID number} at rest: a keyed
 * {@linkplain #lookupHash lookup hash} finds the same person registered twice without storing the
 * plain value, and {@linkplain #encrypt AES-256-GCM} keeps the value recoverable for those entitled
 * to see it; {@linkplain #seal sealing} does the same for a whole file (a roster upload waiting for its import job).
 * Each key serves one purpose only. Thread-safe.
 */
public final class PiiProtector {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    // Versioned so the algorithm or key can be rotated while old values still decrypt.
    private static final String PREFIX = "v1:";
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final String UNREADABLE = "cannot decrypt: value is malformed, was tampered with or was sealed under another key";

    private final SecretKeySpec hashKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();

    /** @throws IllegalArgumentException unless both keys are 32 bytes */
    public PiiProtector(byte[] hashKey, byte[] encryptionKey) {
        this.hashKey = new SecretKeySpec(checkKey(hashKey, "hash key"), "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(checkKey(encryptionKey, "encryption key"), "AES");
    }

    /** @throws IllegalArgumentException unless both are base64 of 32 bytes */
    public static PiiProtector fromBase64(String hashKeyB64, String encryptionKeyB64) {
        return new PiiProtector(decodeKey(hashKeyB64, "hash key"), decodeKey(encryptionKeyB64, "encryption key"));
    }

    private static byte[] decodeKey(String b64, String name) {
        if (b64 == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        try {
            return Base64.getDecoder().decode(b64.strip());
        } catch (IllegalArgumentException e) {
            // Deliberately without the cause: its message quotes characters of the key.
            throw new IllegalArgumentException(name + " is not valid base64");
        }
    }

    private static byte[] checkKey(byte[] key, String name) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be " + KEY_BYTES + " bytes");
        }
        return key;
    }

    /**
     * HMAC-SHA256 of {@code value} in lowercase hex: equal values give equal hashes under the same key.
     * Pass normalised values (e.g. {@link IdNumber#value()}) so that spellings of one number match.
     */
    public String lookupHash(String value) {
        Objects.requireNonNull(value, "value");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Encrypts with a fresh random IV, so equal inputs give different outputs: {@code v1:base64(iv || ciphertext+tag)}. */
    public String encrypt(String plain) {
        Objects.requireNonNull(plain, "plain");
        return PREFIX + Base64.getEncoder().encodeToString(sealed(new byte[0], plain.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reverses {@link #encrypt}.
     *
     * @throws IllegalStateException if the value is malformed, was tampered with or was sealed under another key
     */
    public String decrypt(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a " + PREFIX + " sealed value");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(UNREADABLE, e);
        }
        return new String(opened(bytes, 0), StandardCharsets.UTF_8);
    }

    /**
     * Encrypts a whole file (an upload waiting for its job) as the bytes {@code v1:} || iv || ciphertext+tag, with a
     * fresh IV and the same key as {@link #encrypt}.
     */
    public byte[] seal(byte[] plain) {
        Objects.requireNonNull(plain, "plain");
        return sealed(PREFIX_BYTES, plain);
    }

    /**
     * Reverses {@link #seal}.
     *
     * @throws IllegalStateException if the bytes are malformed, were tampered with or were sealed under another key
     */
    public byte[] open(byte[] sealed) {
        if (sealed == null || sealed.length < PREFIX_BYTES.length
                || !Arrays.equals(sealed, 0, PREFIX_BYTES.length, PREFIX_BYTES, 0, PREFIX_BYTES.length)) {
            throw new IllegalStateException("not " + PREFIX + " sealed bytes");
        }
        return opened(sealed, PREFIX_BYTES.length);
    }

    /** {@code head || iv || ciphertext+tag}, written into one array (a file is not copied again for its prefix). */
    private byte[] sealed(byte[] head, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] out = new byte[head.length + IV_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(head, 0, out, 0, head.length);
            System.arraycopy(iv, 0, out, head.length, IV_BYTES);
            cipher.doFinal(plain, 0, plain.length, out, head.length + IV_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private byte[] opened(byte[] bytes, int offset) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, offset, IV_BYTES));
            return cipher.doFinal(bytes, offset + IV_BYTES, bytes.length - offset - IV_BYTES);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // Also covers values shorter than IV plus tag. GCM authenticates before releasing anything, so no part of
            // the plaintext can be in e.
            throw new IllegalStateException(UNREADABLE, e);
        }
    }
}
