package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiiProtectorTest {

    private static final String ID = "11010519491231002X";

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final PiiProtector protector = new PiiProtector(key(1), key(2));

    @ParameterizedTest
    @ValueSource(strings = {ID, "张三丰 · 新疆维吾尔自治区", "", "ascii only"})
    void encryptThenDecryptRoundTrips(String plain) {
        String sealed = protector.encrypt(plain);
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertEquals(plain, protector.decrypt(sealed));
    }

    @Test
    void sealedFormatIsIvThenCiphertextAndTag() {
        byte[] bytes = Base64.getDecoder().decode(protector.encrypt(ID).substring(3));
        assertEquals(12 + ID.length() + 16, bytes.length);
    }

    @Test
    void eachEncryptionUsesAFreshIv() {
        String a = protector.encrypt(ID);
        String b = protector.encrypt(ID);
        assertNotEquals(a, b);
        assertEquals(protector.decrypt(a), protector.decrypt(b));
    }

    @Test
    void ciphertextDoesNotContainThePlaintext() {
        String sealed = protector.encrypt(ID);
        assertFalse(sealed.contains(ID));
        assertFalse(sealed.contains("19491231"));
        assertFalse(new String(Base64.getDecoder().decode(sealed.substring(3)), StandardCharsets.ISO_8859_1).contains("19491231"));
    }

    @Test
    void anotherInstanceWithTheSameKeysDecrypts() {
        assertEquals(ID, new PiiProtector(key(1), key(2)).decrypt(protector.encrypt(ID)));
    }

    @Test
    void lookupHashIsStableLowercaseHexAndKeyDependent() {
        String hash = protector.lookupHash(ID);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, protector.lookupHash(ID));
        assertEquals(hash, new PiiProtector(key(1), key(9)).lookupHash(ID), "the encryption key plays no part");
        assertNotEquals(hash, new PiiProtector(key(3), key(2)).lookupHash(ID));
        assertNotEquals(hash, protector.lookupHash("110105194912310011"));
        assertFalse(hash.contains(ID.toLowerCase()));
    }

    @Test
    void lookupHashMatchesRfc4231TestCase2() {
        // RFC 4231 uses a 4-byte key; zero-padding it to the block size gives the same HMAC.
        byte[] jefe = Arrays.copyOf("Jefe".getBytes(StandardCharsets.US_ASCII), 32);
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                new PiiProtector(jefe, key(2)).lookupHash("what do ya want for nothing?"));
    }

    @Test
    void everyTamperedByteIsDetected() {
        String sealed = protector.encrypt(ID);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            String forged = "v1:" + Base64.getEncoder().encodeToString(tampered);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> protector.decrypt(forged), "byte " + i);
            assertFalse(e.getMessage().contains(ID));
        }
    }

    @Test
    void aWrongKeyIsDetectedWithoutRevealingThePlaintext() {
        String sealed = protector.encrypt(ID);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PiiProtector(key(1), key(3)).decrypt(sealed));
        assertFalse(e.getMessage().contains(ID));
        assertFalse(String.valueOf(e.getCause()).contains(ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1:", "v1:AAAA", "v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "v1:not base64!", ID})
    void malformedSealedValuesAreRejected(String sealed) {
        assertThrows(IllegalStateException.class, () -> protector.decrypt(sealed));
    }

    @Test
    void truncatedSealedValueIsRejected() {
        String sealed = protector.encrypt(ID);
        assertThrows(IllegalStateException.class, () -> protector.decrypt(sealed.substring(0, sealed.length() - 8)));
        assertThrows(IllegalStateException.class, () -> protector.decrypt(null));
    }

    @Test
    void aSealedFileOpensAgainAndHidesItsContent() {
        byte[] csv = ("姓名,身份证号\n王一," + ID + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] sealed = protector.seal(csv);
        assertEquals("v1:", new String(sealed, 0, 3, StandardCharsets.US_ASCII));
        assertEquals(3 + 12 + csv.length + 16, sealed.length);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("19491231"));
        assertArrayEquals(csv, protector.open(sealed));
        assertArrayEquals(csv, new PiiProtector(key(1), key(2)).open(sealed), "another instance with the same keys");
        assertFalse(Arrays.equals(sealed, protector.seal(csv)), "a fresh IV each time");
        assertArrayEquals(new byte[0], protector.open(protector.seal(new byte[0])));
    }

    @Test
    void aTamperedTruncatedOrForeignSealedFileIsRefused() {
        byte[] sealed = protector.seal(ID.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(IllegalStateException.class, () -> protector.open(tampered), "byte " + i);
        }
        assertThrows(IllegalStateException.class, () -> protector.open(Arrays.copyOf(sealed, sealed.length - 1)));
        assertThrows(IllegalStateException.class, () -> protector.open(Arrays.copyOf(sealed, 10)));
        assertThrows(IllegalStateException.class, () -> protector.open(new byte[0]));
        assertThrows(IllegalStateException.class, () -> protector.open(null));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PiiProtector(key(1), key(3)).open(sealed));
        assertFalse(e.getMessage().contains(ID));
    }

    @Test
    void keysMustBe32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new PiiProtector(new byte[16], key(2)));
        assertThrows(IllegalArgumentException.class, () -> new PiiProtector(key(1), new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new PiiProtector(key(1), new byte[33]));
        assertThrows(IllegalArgumentException.class, () -> new PiiProtector(null, key(2)));
        assertThrows(IllegalArgumentException.class, () -> new PiiProtector(key(1), null));
    }

    @Test
    void fromBase64DecodesBothKeys() {
        PiiProtector fromText = PiiProtector.fromBase64(
                Base64.getEncoder().encodeToString(key(1)), " " + Base64.getEncoder().encodeToString(key(2)) + "\n");
        assertEquals(protector.lookupHash(ID), fromText.lookupHash(ID));
        assertEquals(ID, fromText.decrypt(protector.encrypt(ID)));
    }

    @Test
    void fromBase64RejectsBadKeysWithoutQuotingThem() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        String good = Base64.getEncoder().encodeToString(key(1));
        assertThrows(IllegalArgumentException.class, () -> PiiProtector.fromBase64(short16, good));
        assertThrows(IllegalArgumentException.class, () -> PiiProtector.fromBase64(good, short16));
        assertThrows(IllegalArgumentException.class, () -> PiiProtector.fromBase64(null, good));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PiiProtector.fromBase64(good, "s3cr3t-k3y!"));
        assertFalse(e.getMessage().contains("s3cr3t"));
        assertNull(e.getCause());
    }
}
