package fi.tyollisyystalo.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.identity.Hetu;

/**
 * Encrypts personal identity codes for storage and computes the lookup hash used to find a person
 * by code without decrypting (DD002). Stored form: key version (1 byte), IV (12 bytes), AES-256-GCM
 * ciphertext with its 16-byte tag; the version byte is also authenticated as associated data.
 */
@Component
@EnableConfigurationProperties(CryptoProperties.class)
public class HetuCrypto {

    private static final String PREFIX = "tyollisyystalo.crypto.";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_LENGTH = 1 + IV_BYTES + TAG_BITS / 8;

    private final SecureRandom random = new SecureRandom();
    private final Map<Integer, SecretKey> keys = new HashMap<>();
    private final int currentVersion;
    private final SecretKey hashKey;

    public HetuCrypto(CryptoProperties properties) {
        currentVersion = checkVersion(properties.hetuKeyVersion(), "hetu-key-version");
        keys.put(currentVersion, key(properties.hetuKey(), "hetu-key", "AES"));
        properties.oldHetuKeys().forEach((version, key) -> {
            String name = "old-hetu-keys." + version;
            if (checkVersion(version, name) == currentVersion) {
                throw new IllegalStateException(PREFIX + name + " has the same version as the current hetu-key");
            }
            keys.put(version, key(key, name, "AES"));
        });
        hashKey = key(properties.hetuHashKey(), "hetu-hash-key", "HmacSHA256");
    }

    public byte[] encrypt(Hetu hetu) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte version = (byte) currentVersion;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentVersion), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] {version});
            byte[] ciphertext = cipher.doFinal(hetu.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + IV_BYTES + ciphertext.length).put(version).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting a personal identity code failed", e);
        }
    }

    /** Decrypts with the key the stored value names, so values written under an old key still open. */
    public Hetu decrypt(byte[] stored) {
        if (stored.length < MIN_LENGTH) {
            throw new IllegalStateException("Encrypted personal identity code is too short");
        }
        int version = Byte.toUnsignedInt(stored[0]);
        SecretKey key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("No key configured for hetu key version " + version);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(stored, 0, 1);
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return Hetu.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            // No cause: it adds nothing, and the message must stay free of data.
            throw new IllegalStateException("Encrypted personal identity code failed authentication (key version "
                    + version + ")");
        }
    }

    /** False for values written under an old key: those are due for re-encryption. */
    public boolean isCurrentKey(byte[] stored) {
        return stored.length > 0 && Byte.toUnsignedInt(stored[0]) == currentVersion;
    }

    /** HMAC-SHA256 of the canonical code: the same code always gives the same 32 bytes. */
    public byte[] lookupHash(Hetu hetu) {
        return keyedHash(hetu.value());
    }

    /**
     * HMAC-SHA256 of a text under the lookup key, e.g. a statistics pseudonym of a person id ("stat:" + id): the
     * same text gives the same bytes, and nobody without the key can go back from them or compute them.
     */
    public byte[] keyedHash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing a personal identity code failed", e);
        }
    }

    private static int checkVersion(int version, String name) {
        if (version < 1 || version > 255) {
            throw new IllegalStateException(PREFIX + name + " must be a key version between 1 and 255");
        }
        return version;
    }

    /** Decodes a base64 key; messages name the property, never its value, and carry no cause for the same reason. */
    private static SecretKey key(@Nullable String base64, String name, String algorithm) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(PREFIX + name + " is not set (base64 of " + KEY_BYTES + " random bytes)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + name + " is not valid base64");
        }
        try {
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException(PREFIX + name + " must be " + KEY_BYTES + " bytes, but is "
                        + bytes.length + " bytes");
            }
            return new SecretKeySpec(bytes, algorithm);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
